"use client";

import { useState, type FormEvent, type KeyboardEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField, readNumber, readText } from "@/app/ui/forms/number-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import type { ApiFieldErrors } from "@/lib/client/api-client";
import { consumptionActualFieldsSchema } from "@/lib/validation/rows/consumption-actuals";
import buttons from "@/app/ui/common/button.module.css";
import styles from "./scenario-editor.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

/** What the actuals table shows of an actual (and the edit form starts from). */
export type ActualRowData = { id: string; periodStart: string; quantity: number; unitCost: number; currency: string; notes: string | null };

type EditFormProps = {
  actual: ActualRowData;
  /** "consumption of Lime, period starting 1 Mar 2026": names the row for screen readers. */
  rowName: string;
  unit: string;
  onSaved: () => void;
  onCancel: () => void;
};

/** Every field the form sends (all but the currency, which stays the actual's): a blank one is an error, not "keep". */
const EDIT_SCHEMA = consumptionActualFieldsSchema.omit({ currency: true });

/** The form's values checked by the API's own schema first, so a broken value is named at its field at once. */
export function checkActualEdit(body: Record<string, unknown>): ApiFieldErrors {
  const result = EDIT_SCHEMA.safeParse(body);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_root");
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return errors;
}

/**
 * Edits one actual in place (PATCH /api/consumption-actuals/{id}); Escape cancels. Messages from the local check or
 * the API's 422 show under their field; the page reloads after a save.
 */
export function ConsumptionActualEditForm({ actual, rowName, unit, onSaved, onCancel }: EditFormProps) {
  const submit = useApiSubmit();
  const decimal = useDecimalSeparator();
  const [localErrors, setLocalErrors] = useState<ApiFieldErrors>({});
  const fieldErrors = { ...submit.fieldErrors, ...localErrors };
  const titleId = `actual-edit-${actual.id}`;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      periodStart: readText(form, "periodStart") ?? "",
      quantity: readNumber(form, "quantity", decimal),
      unitCost: readNumber(form, "unitCost", decimal),
      notes: readText(form, "notes"),
    };
    const errors = checkActualEdit(body);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await submit.run(() => api.patch(`/api/consumption-actuals/${actual.id}`, body));
    if (result.ok) onSaved();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  };
  return (
    <form className={styles.maintenanceForm} onSubmit={onSubmit} onKeyDown={onKeyDown} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>Edit {rowName}</h3>
      <FormError message={submit.message ? `${submit.message} Nothing was saved.` : undefined} />
      <div className={styles.settingsGrid}>
        <TextField label="Period start" name="periodStart" type="date" required defaultValue={actual.periodStart} errors={fieldErrors.periodStart} autoFocus />
        <NumberField label="Quantity" unit={unit} name="quantity" min={0} required defaultValue={actual.quantity} errors={fieldErrors.quantity} />
        <NumberField label="Unit cost" unit={`${actual.currency}/${unit}`} name="unitCost" min={0} required defaultValue={actual.unitCost} errors={fieldErrors.unitCost} />
        <TextField label="Notes" name="notes" defaultValue={actual.notes ?? ""} errors={fieldErrors.notes} />
      </div>
      <div className={styles.footer}>
        <SubmitButton pending={submit.pending} pendingLabel="Saving…">
          Save changes
        </SubmitButton>
        <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={onCancel} disabled={submit.pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
