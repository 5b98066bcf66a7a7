"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField, readNumber, readText } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import styles from "./scenario-editor.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

const TYPE_OPTIONS = [
  { value: "preventive", label: "Preventive" },
  { value: "corrective", label: "Corrective" },
  { value: "inspection", label: "Inspection" },
];

/** Logs maintenance done on one fleet line (POST /api/equipment/{id}/maintenance); the list reloads after. */
export function MaintenanceForm({ equipmentId, equipmentName, currency }: { equipmentId: string; equipmentName: string; currency: string }) {
  const router = useRouter();
  const submit = useApiSubmit();
  const decimal = useDecimalSeparator();
  const formRef = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState("");
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      performedOn: readText(form, "performedOn"),
      type: readText(form, "type"),
      downtimeHours: readNumber(form, "downtimeHours", decimal) ?? 0,
      cost: readNumber(form, "cost", decimal) ?? 0,
      currency,
      notes: readText(form, "notes"),
    };
    const result = await submit.run(() => api.post(`/api/equipment/${equipmentId}/maintenance`, body));
    if (!result.ok) return;
    formRef.current?.reset();
    setStatus(`Maintenance of ${equipmentName} logged.`);
    router.refresh();
  };
  return (
    <form ref={formRef} className={styles.maintenanceForm} onSubmit={onSubmit} aria-labelledby="maintenance-form-title" aria-describedby="maintenance-form-error" noValidate>
      <h3 id="maintenance-form-title">Log maintenance of {equipmentName}</h3>
      <FormError id="maintenance-form-error" message={submit.message ? `${submit.message} Nothing was saved.` : undefined} />
      <p className="visually-hidden" role="status">{status}</p>
      <div className={styles.settingsGrid}>
        <TextField label="Date" name="performedOn" type="date" required errors={submit.fieldErrors.performedOn} />
        <SelectField label="Type" name="type" options={TYPE_OPTIONS} defaultValue="preventive" errors={submit.fieldErrors.type} />
        <NumberField label="Downtime" unit="h" name="downtimeHours" min={0} errors={submit.fieldErrors.downtimeHours} />
        <NumberField label="Cost" unit={currency} name="cost" min={0} errors={submit.fieldErrors.cost} />
        <TextField label="Notes" name="notes" errors={submit.fieldErrors.notes} />
      </div>
      <div className={styles.footer}>
        <SubmitButton pending={submit.pending} pendingLabel="Logging…">
          Log maintenance
        </SubmitButton>
      </div>
    </form>
  );
}
