"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/app/ui/forms/form-error";
import { BranchDialog } from "./branch-dialog";
import { CompareBar, MAX_COMPARE, MIN_COMPARE } from "./compare-bar";
import { DeleteScenarioDialog } from "./delete-scenario-dialog";
import { EditScenarioDialog } from "./edit-scenario-dialog";
import { ScenarioTreeItem, type TreeItemHandlers } from "./scenario-tree-item";
import { flattenTree, type ScenarioNode } from "./tree";
import { handleTreeKeyDown } from "./tree-keys";
import { useScenarioActions } from "./use-scenario-actions";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./scenarios.module.css";

export type ScenarioTreeProps = {
  projectId: string;
  projectName: string;
  /** From buildScenarioTree (server side). */
  roots: ScenarioNode[];
  /** project_manager and above: branch, base case, archive, delete. */
  canManage: boolean;
};

/**
 * A project's scenarios as a nested list (parent → children): select 2–6 to compare; managers edit (name,
 * description, status), branch (its editor then opens), set the base case, archive or restore, and delete. Outcomes are announced in a status region, failures in an alert.
 */
export function ScenarioTree({ projectId, projectName, roots, canManage }: ScenarioTreeProps) {
  const router = useRouter();
  const actions = useScenarioActions();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [branchParent, setBranchParent] = useState<ScenarioNode | null>(null);
  const [toDelete, setToDelete] = useState<ScenarioNode | null>(null);
  const [toEdit, setToEdit] = useState<ScenarioNode | null>(null);
  const all = flattenTree(roots);
  const byId = new Map(all.map((node) => [node.id, node]));
  // Scenarios deleted or archived meanwhile drop out of the selection.
  const selected = selectedIds.filter((id) => byId.get(id) && byId.get(id)?.status !== "archived");
  const isDialogOpen = branchParent !== null || toDelete !== null || toEdit !== null;

  const handlers: TreeItemHandlers = {
    onEdit: (node) => {
      actions.submit.reset();
      setToEdit(node);
    },
    onBranch: (node) => {
      actions.submit.reset();
      setBranchParent(node);
    },
    onSetBaseCase: (node) => void actions.setBaseCase(node),
    onSetStatus: (node, status) => void actions.setStatus(node, status),
    onDelete: (node) => {
      actions.submit.reset();
      setToDelete(node);
    },
    onToggleSelected: (node) =>
      setSelectedIds((ids) => (ids.includes(node.id) ? ids.filter((id) => id !== node.id) : ids.length >= MAX_COMPARE ? ids : [...ids, node.id])),
  };

  const parentOfDeleted = toDelete?.parentScenarioId ? byId.get(toDelete.parentScenarioId) : undefined;
  return (
    <div>
      <p role="status" className="visually-hidden">
        {actions.announcement}
      </p>
      {!isDialogOpen ? (
        <FormError message={actions.submit.message}>
          {actions.submit.error?.code === "STALE_UPDATE" ? (
            <button type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} onClick={() => router.refresh()}>
              Reload
            </button>
          ) : null}
        </FormError>
      ) : null}
      <CompareBar projectId={projectId} selected={selected.flatMap((id) => byId.get(id) ?? [])} onClear={() => setSelectedIds([])} />
      <ul className={styles.tree} aria-label={`Scenarios of ${projectName}`} onKeyDown={handleTreeKeyDown}>
        {roots.map((node) => (
          <ScenarioTreeItem
            key={node.id}
            node={node}
            projectId={projectId}
            level={1}
            canManage={canManage}
            isBusy={actions.submit.pending}
            selectedIds={new Set(selected)}
            handlers={handlers}
          />
        ))}
      </ul>
      <p className={forms.hint}>
        Select {MIN_COMPARE} to {MAX_COMPARE} scenarios to compare them. In the list, the arrow keys move between scenarios.
      </p>
      {canManage ? (
        <>
          <EditScenarioDialog scenario={toEdit} actions={actions} onClose={() => setToEdit(null)} />
          <BranchDialog parent={branchParent} projectId={projectId} actions={actions} onClose={() => setBranchParent(null)} />
          <DeleteScenarioDialog scenario={toDelete} parentName={parentOfDeleted?.name ?? null} actions={actions} onClose={() => setToDelete(null)} />
        </>
      ) : null}
    </div>
  );
}
