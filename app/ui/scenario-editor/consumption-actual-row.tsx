"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/app/ui/forms/confirm-dialog";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { formatDate } from "@/app/ui/format";
import { useNumberDisplay } from "@/app/ui/format/use-number-display";
import { api } from "@/lib/client/api-client";
import { ConsumptionActualEditForm, type ActualRowData } from "./consumption-actual-edit-form";
import buttons from "@/app/ui/common/button.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./scenario-editor.module.css";

type ActualRowProps = {
  actual: ActualRowData;
  itemName: string;
  unit: string;
  /** Project managers and admins: the row gets Edit and Delete (as the other row editors). */
  canEdit: boolean;
  /** Columns of the table, so the edit form spans the row. */
  columnCount: number;
  /** Where focus goes once the row is deleted (the section's heading). */
  afterDeleteFocusId: string;
};

/**
 * One consumption actual: its cells and, for editors, Edit (the row turns into a form, inline) and Delete (after a
 * confirm). The buttons' accessible names say which actual they act on; focus returns to Edit after the form closes.
 */
export function ConsumptionActualRow({ actual, itemName, unit, canEdit, columnCount, afterDeleteFocusId }: ActualRowProps) {
  const show = useNumberDisplay();
  const router = useRouter();
  const rowName = `consumption of ${itemName}, period starting ${formatDate(actual.periodStart)}`;
  const [isEditing, setIsEditing] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [status, setStatus] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const shouldRefocus = useRef(false);
  const removal = useApiSubmit();

  useEffect(() => {
    if (isEditing || !shouldRefocus.current) return;
    shouldRefocus.current = false;
    editButton.current?.focus();
  }, [isEditing]);

  const closeForm = (message: string) => {
    shouldRefocus.current = true;
    setIsEditing(false);
    setStatus(message);
  };

  async function onConfirmDelete() {
    const result = await removal.run(() => api.delete(`/api/consumption-actuals/${actual.id}`));
    if (!result.ok) return;
    setIsConfirming(false);
    document.getElementById(afterDeleteFocusId)?.focus();
    router.refresh();
  }

  if (isEditing) {
    return (
      <tr>
        <td colSpan={columnCount}>
          <ConsumptionActualEditForm
            actual={actual}
            rowName={rowName}
            unit={unit}
            onSaved={() => {
              closeForm(`Changes to the ${rowName} saved.`);
              router.refresh();
            }}
            onCancel={() => closeForm("")}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td>{formatDate(actual.periodStart)}</td>
      <td className={tables.numeric}>{show.number(actual.quantity, 2)}</td>
      <td className={tables.numeric}>{show.money(actual.unitCost, actual.currency)}</td>
      <td className={styles.notesCell}>{actual.notes ?? "—"}</td>
      {canEdit ? (
        <td className={styles.rowActions}>
          <button ref={editButton} type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} aria-label={`Edit ${rowName}`} onClick={() => setIsEditing(true)}>
            Edit
          </button>
          <button type="button" className={`${buttons.button} ${buttons.ghostDanger} ${buttons.small}`} aria-label={`Delete ${rowName}`} onClick={() => setIsConfirming(true)}>
            Delete
          </button>
          <span className="visually-hidden" role="status">{status}</span>
          <ConfirmDialog
            open={isConfirming}
            title={`Delete the ${rowName}?`}
            description={<p>{show.number(actual.quantity, 2)} {unit} at {show.money(actual.unitCost, actual.currency)} per {unit}. Distributions fitted to these actuals are not changed.</p>}
            confirmLabel="Delete actual"
            pendingLabel="Deleting…"
            tone="danger"
            pending={removal.pending}
            error={removal.message}
            onConfirm={onConfirmDelete}
            onCancel={() => {
              removal.reset();
              setIsConfirming(false);
            }}
          />
        </td>
      ) : null}
    </tr>
  );
}
