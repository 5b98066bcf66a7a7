"use client";

import { useId } from "react";
import { EditableGrid } from "./grid/editable-grid";
import { RowTableMessages } from "./row-table-messages";
import { useReportUnsaved } from "./unsaved-changes";
import { useRowTable, type RowTableConfig } from "./use-row-table";

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
    <section className="editor-section" aria-labelledby={`${gridId}-title`}>
      <div className="editor-section-header">
        <div>
          <h2 id={`${gridId}-title`}>{title}</h2>
          {description ? <p className="muted">{description}</p> : null}
        </div>
        {isReadOnly ? (
          <span className="badge badge-neutral">Read only</span>
        ) : (
          <div className="editor-toolbar">
            {table.isDirty ? (
              <span className="unsaved-indicator" role="status">
                Unsaved changes
              </span>
            ) : null}
            <button type="button" className="button button-secondary" onClick={table.discard} disabled={!table.isDirty || table.isPending}>
              Discard changes
            </button>
            <button type="button" className="button button-primary" onClick={table.save} disabled={!table.isDirty || table.isPending} aria-busy={table.isPending || undefined}>
              {table.isPending ? "Saving…" : `Save ${title.toLowerCase()}`}
            </button>
          </div>
        )}
      </div>
      <RowTableMessages gridId={gridId} errors={table.errors} rows={table.rows} columns={config.columns} feedback={table.feedback} />
      {table.rows.length === 0 ? (
        <p className="empty-inline">{emptyMessage}</p>
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
        <div className="editor-footer">
          <button type="button" className="button button-secondary" onClick={table.addRow}>
            Add row
          </button>
          {hint ? <p className="muted">{hint}</p> : null}
        </div>
      )}
    </section>
  );
}
