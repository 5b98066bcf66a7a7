"use client";

import { useId } from "react";
import { FocusKeepingButton } from "@/app/ui/common/focus-keeping-button";
import { EditableGrid } from "./grid/editable-grid";
import { RowTableMessages } from "./row-table-messages";
import { useReportUnsaved } from "./unsaved-changes";
import { useRowTable, type RowTableConfig } from "./use-row-table";
import badges from "@/app/ui/common/badge.module.css";
import buttons from "@/app/ui/common/button.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./scenario-editor.module.css";

export type RowTableEditorProps = Omit<RowTableConfig, "gridId"> & {
  title: string;
  description?: string;
  /** "No capex items yet — add the first one." */
  emptyMessage: string;
  isReadOnly: boolean;
  isChild: boolean;
  /** e.g. "Tip: paste rows from a spreadsheet." */
  hint?: string;
};

/** An input table of a scenario: toolbar (add, save, discard, unsaved indicator), the grid and its messages. */
export function RowTableEditor({ title, description, emptyMessage, isReadOnly, isChild, hint, ...config }: RowTableEditorProps) {
  const gridId = `grid-${config.segment}-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const table = useRowTable({ ...config, gridId });
  useReportUnsaved(gridId, table.isDirty);
  return (
    <section className={styles.section} aria-labelledby={`${gridId}-title`}>
      <div className={styles.sectionHeader}>
        <div>
          <h2 id={`${gridId}-title`}>{title}</h2>
          {description ? <p className={layout.muted}>{description}</p> : null}
        </div>
        {isReadOnly ? (
          <span className={`${badges.badge} ${badges.neutral}`}>Read only</span>
        ) : (
          <div className={styles.toolbar}>
            {table.isDirty ? (
              <span className={styles.unsaved} role="status">
                Unsaved changes
              </span>
            ) : null}
            <FocusKeepingButton className={`${buttons.button} ${buttons.secondary}`} onClick={table.discard} isUnavailable={!table.isDirty || table.isPending}>
              Discard changes
            </FocusKeepingButton>
            <FocusKeepingButton className={`${buttons.button} ${buttons.primary}`} onClick={table.save} isUnavailable={!table.isDirty || table.isPending} isBusy={table.isPending}>
              {table.isPending ? "Saving…" : `Save ${title.toLowerCase()}`}
            </FocusKeepingButton>
          </div>
        )}
      </div>
      <RowTableMessages gridId={gridId} errors={table.errors} rows={table.rows} columns={config.columns} feedback={table.feedback} />
      {table.rows.length === 0 ? (
        <p className={emptyStates.inline}>{emptyMessage}</p>
      ) : (
        <EditableGrid
          gridId={gridId}
          caption={title}
          columns={config.columns}
          rows={table.rows}
          errors={table.errors}
          isReadOnly={isReadOnly}
          isChild={isChild}
          onEdit={table.onEdit}
          onPaste={table.onPaste}
          onDelete={table.onDelete}
          onRevert={table.onRevert}
        />
      )}
      {isReadOnly ? null : (
        <div className={styles.footer}>
          <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={table.addRow}>
            Add row
          </button>
          {hint ? <p className={layout.muted}>{hint}</p> : null}
        </div>
      )}
    </section>
  );
}
