"use client";

import { useState, type FormEvent } from "react";
import { ModalDialog } from "@/app/ui/forms/dialog";
import { TextAreaField, TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { readText } from "@/app/ui/forms/number-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import type { ScenarioActions } from "./use-scenario-actions";
import type { ScenarioNode } from "./tree";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";

export type BranchDialogProps = {
  /** The scenario to branch from; null when the dialog is closed. */
  parent: ScenarioNode | null;
  /** The project of the tree: the new branch's editor opens under it. */
  projectId: string;
  actions: ScenarioActions;
  onClose: () => void;
};

/** Names a new child scenario: it starts with no overrides and inherits every input of the parent; its editor opens. */
export function BranchDialog({ parent, projectId, actions, onClose }: BranchDialogProps) {
  const [nameError, setNameError] = useState<string | undefined>();
  const { submit } = actions;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!parent) return;
    const form = new FormData(event.currentTarget);
    const name = readText(form, "name");
    if (!name) {
      setNameError("Enter a name for the new scenario");
      return;
    }
    setNameError(undefined);
    const result = await actions.branch(parent, { name, description: readText(form, "description") }, projectId);
    if (result.ok) onClose();
  }

  function close() {
    setNameError(undefined);
    submit.reset();
    onClose();
  }

  return (
    <ModalDialog
      open={parent !== null}
      onClose={close}
      title={parent ? `Branch “${parent.name}”` : "Branch scenario"}
      description="The new scenario inherits every input of its parent and stores only what you change in it."
    >
      <form className={forms.form} onSubmit={onSubmit} noValidate aria-describedby="branch-error">
        <FormError id="branch-error" message={submit.message} />
        <TextField label="Name of the new scenario" name="name" required autoFocus autoComplete="off" maxLength={200} errors={nameError ?? submit.fieldErrors.name} />
        <TextAreaField label="Description" name="description" rows={2} errors={submit.fieldErrors.description} />
        <div className={forms.dialogActions}>
          <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={close} disabled={submit.pending}>
            Cancel
          </button>
          <SubmitButton pending={submit.pending} pendingLabel="Branching…">
            Create branch
          </SubmitButton>
        </div>
      </form>
    </ModalDialog>
  );
}
