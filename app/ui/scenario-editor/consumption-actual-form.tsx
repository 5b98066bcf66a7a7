"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField, readNumber, readText } from "@/app/ui/forms/number-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import styles from "./scenario-editor.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

type ConsumptionActualFormProps = { scenarioId: string; itemId: string; itemName: string; unit: string; currency: string };

/**
 * Logs what one consumption item really used in a period (POST /api/scenarios/{id}/consumption/{itemId}/actuals);
 * the list reloads after. `itemId` is the item's lineage id.
 */
export function ConsumptionActualForm({ scenarioId, itemId, itemName, unit, currency }: ConsumptionActualFormProps) {
  const router = useRouter();
  const submit = useApiSubmit();
  const decimal = useDecimalSeparator();
  const formRef = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState("");
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      periodStart: readText(form, "periodStart"),
      quantity: readNumber(form, "quantity", decimal),
      unitCost: readNumber(form, "unitCost", decimal),
      currency,
      notes: readText(form, "notes"),
    };
    const result = await submit.run(() => api.post(`/api/scenarios/${scenarioId}/consumption/${itemId}/actuals`, body));
    if (!result.ok) return;
    formRef.current?.reset();
    setStatus(`Consumption of ${itemName} logged.`);
    router.refresh();
  };
  return (
    <form ref={formRef} className={styles.maintenanceForm} onSubmit={onSubmit} aria-labelledby="actual-form-title" aria-describedby="actual-form-error" noValidate>
      <h3 id="actual-form-title">Log consumption of {itemName}</h3>
      <FormError id="actual-form-error" message={submit.message ? `${submit.message} Nothing was saved.` : undefined} />
      <p className="visually-hidden" role="status">{status}</p>
      <div className={styles.settingsGrid}>
        <TextField label="Period start" name="periodStart" type="date" required errors={submit.fieldErrors.periodStart} />
        <NumberField label="Quantity" unit={unit} name="quantity" min={0} required errors={submit.fieldErrors.quantity} />
        <NumberField label="Unit cost" unit={`${currency}/${unit}`} name="unitCost" min={0} required errors={submit.fieldErrors.unitCost} />
        <TextField label="Notes" name="notes" errors={submit.fieldErrors.notes} />
      </div>
      <div className={styles.footer}>
        <SubmitButton pending={submit.pending} pendingLabel="Logging…">
          Log consumption
        </SubmitButton>
      </div>
    </form>
  );
}
