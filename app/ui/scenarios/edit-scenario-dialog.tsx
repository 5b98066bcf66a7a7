"use client";

import { useState, type FormEvent } from "react";
import { ModalDialog } from "@/app/ui/forms/dialog";
import { TextAreaField, TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { readText } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { SCENARIO_STATUS_LABELS, SCENARIO_STATUS_TRANSITIONS, type ScenarioStatus } from "@/lib/domain/scenarios";
import type { ScenarioActions, ScenarioDetailsChange } from "./use-scenario-actions";
import type { ScenarioNode } from "./tree";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";

export type EditScenarioDialogProps = {
  /** The scenario to edit; null when the dialog is closed. */
  scenario: ScenarioNode | null;
  actions: ScenarioActions;
  onClose: () => void;
};

/** Its current status first, then only those the API lets it move to (an active scenario is never a draft again). */
export function statusOptions(status: ScenarioStatus): { value: ScenarioStatus; label: string }[] {
  return [status, ...SCENARIO_STATUS_TRANSITIONS[status]].map((value) => ({ value, label: SCENARIO_STATUS_LABELS[value] }));
}

/** What the form changes, and nothing else: an unchanged field is not sent, so it cannot overwrite anyone's edit. */
export function changedDetails(scenario: Pick<ScenarioNode, "name" | "description" | "status">, form: { name: string; description: string | null; status: ScenarioStatus }): ScenarioDetailsChange {
  const change: ScenarioDetailsChange = {};
  if (form.name !== scenario.name) change.name = form.name;
  if ((form.description ?? null) !== (scenario.description ?? null)) change.description = form.description;
  if (form.status !== scenario.status) change.status = form.status;
  return change;
}

/**
 * Renames a scenario, re-describes it and sets its status. Errors show beside their field; the native dialog
 * returns focus to the row's Edit button when it closes (saved or cancelled).
 */
export function EditScenarioDialog({ scenario, actions, onClose }: EditScenarioDialogProps) {
  const [nameError, setNameError] = useState<string | undefined>();
  const { submit } = actions;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!scenario) return;
    const form = new FormData(event.currentTarget);
    const name = readText(form, "name");
    if (!name) {
      setNameError("Enter the scenario’s name");
      return;
    }
    setNameError(undefined);
    const status = (form.get("status") as ScenarioStatus | null) ?? scenario.status;
    const change = changedDetails(scenario, { name, description: readText(form, "description"), status });
    if (Object.keys(change).length === 0) return close();
    const result = await actions.updateDetails(scenario, change);
    if (result.ok) onClose();
  }

  function close() {
    setNameError(undefined);
    submit.reset();
    onClose();
  }

  return (
    <ModalDialog open={scenario !== null} onClose={close} title={scenario ? `Edit “${scenario.name}”` : "Edit scenario"} description="Its name, description and status; its inputs are edited in the scenario editor.">
      {scenario ? (
        // Keyed by scenario and version, so the fields start from what the tree shows now.
        <form key={`${scenario.id}:${scenario.version}`} className={forms.form} onSubmit={onSubmit} noValidate aria-describedby="edit-scenario-error">
          <FormError id="edit-scenario-error" message={submit.message} />
          <TextField label="Name" name="name" required autoFocus autoComplete="off" maxLength={200} defaultValue={scenario.name} errors={nameError ?? submit.fieldErrors.name} />
          <TextAreaField label="Description" name="description" rows={3} maxLength={5000} defaultValue={scenario.description ?? ""} errors={submit.fieldErrors.description} />
          <SelectField
            label="Status"
            name="status"
            options={statusOptions(scenario.status)}
            defaultValue={scenario.status}
            hint="Archived scenarios are left out of comparisons; an active one can be archived but not made a draft again"
            errors={submit.fieldErrors.status}
          />
          <div className={forms.dialogActions}>
            <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={close} disabled={submit.pending}>
              Cancel
            </button>
            <SubmitButton pending={submit.pending} pendingLabel="Saving…">
              Save changes
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </ModalDialog>
  );
}
