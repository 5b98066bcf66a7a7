"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/app/ui/forms/confirm-dialog";
import { countDescendants, type ScenarioNode } from "./tree";
import type { ChildrenChoice, ScenarioActions } from "./use-scenario-actions";
import forms from "@/app/ui/forms/forms.module.css";

export type DeleteScenarioDialogProps = {
  /** The scenario to delete; null when the dialog is closed. */
  scenario: ScenarioNode | null;
  /** Its parent's name, or null for a root (its children then become roots). */
  parentName: string | null;
  actions: ScenarioActions;
  onClose: () => void;
};

/**
 * Confirms a scenario delete. With children it asks first what happens to them (re-parent, the default, or
 * delete the subtree); a 409 SCENARIO_HAS_CHILDREN (children added meanwhile) brings the same choice up.
 */
export function DeleteScenarioDialog({ scenario, parentName, actions, onClose }: DeleteScenarioDialogProps) {
  const [choice, setChoice] = useState<ChildrenChoice>("reparent");
  const { submit } = actions;
  const childCount = scenario?.children.length ?? 0;
  const hasChildren = childCount > 0 || submit.error?.code === "SCENARIO_HAS_CHILDREN";
  const descendants = scenario ? countDescendants(scenario) : 0;

  async function confirm() {
    if (!scenario) return;
    const result = await actions.remove(scenario, hasChildren ? choice : undefined);
    if (result.ok) close();
  }

  function close() {
    setChoice("reparent");
    submit.reset();
    onClose();
  }

  const error = submit.error?.code === "SCENARIO_HAS_CHILDREN" ? "Child scenarios were added meanwhile; choose what happens to them." : submit.message;
  return (
    <ConfirmDialog
      open={scenario !== null}
      title={scenario ? `Delete scenario “${scenario.name}”?` : "Delete scenario?"}
      description={
        <p>
          Its own inputs and simulation results are deleted. This cannot be undone.
          {childCount > 0 ? ` It has ${childCount} child scenario${childCount === 1 ? "" : "s"}.` : ""}
        </p>
      }
      confirmLabel="Delete scenario"
      pendingLabel="Deleting…"
      tone="danger"
      pending={submit.pending}
      error={error}
      onConfirm={confirm}
      onCancel={close}
    >
      {hasChildren ? (
        <fieldset className={forms.choiceGroup}>
          <legend>What happens to its child scenarios?</legend>
          <label className={forms.choice}>
            <input type="radio" name="children" value="reparent" checked={choice === "reparent"} onChange={() => setChoice("reparent")} />
            <span>
              Keep them: move them to {parentName ? `“${parentName}”` : "the top level (they become root scenarios)"}; their inputs stay as
              they are
            </span>
          </label>
          <label className={forms.choice}>
            <input type="radio" name="children" value="delete" checked={choice === "delete"} onChange={() => setChoice("delete")} />
            <span>
              Delete them too: the whole branch, {descendants + 1} scenario{descendants === 0 ? "" : "s"} in all
            </span>
          </label>
        </fieldset>
      ) : null}
    </ConfirmDialog>
  );
}
