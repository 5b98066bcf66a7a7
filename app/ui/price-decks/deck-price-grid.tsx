"use client";

import { EditableGrid } from "@/app/ui/scenario-editor/grid/editable-grid";
import { toMessages, type FieldErrorsProp } from "@/app/ui/forms/field";
import type { GridColumn } from "@/app/ui/scenario-editor/grid/types";
import type { useDeckGrid } from "./use-deck-grid";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";

type DeckPriceGridProps = {
  gridId: string;
  columns: readonly GridColumn[];
  grid: ReturnType<typeof useDeckGrid>;
  isReadOnly: boolean;
  /** Errors about the whole set (too many years). */
  errors?: FieldErrorsProp;
};

/** The year/price grid with its add-row button, paste hint, status line and set-level errors. */
export function DeckPriceGrid({ gridId, columns, grid, isReadOnly, errors }: DeckPriceGridProps) {
  const messages = toMessages(errors);
  return (
    <section aria-labelledby={`${gridId}-title`} className={layout.stack}>
      <div>
        <h2 id={`${gridId}-title`}>Prices by year</h2>
        <p className={layout.muted}>
          One price per calendar year. Years need not follow on; after the last year the long-term price
          applies, and before the first year its price does.{" "}
          {isReadOnly
            ? null
            : "Paste two columns (year, price) from a spreadsheet into a Year cell; blank rows are ignored."}
        </p>
      </div>
      <div className={forms.error} aria-live="polite" id={`${gridId}-errors`}>
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {grid.status}
      </p>
      <EditableGrid
        gridId={gridId}
        caption="Prices by year"
        columns={columns}
        rows={grid.rows}
        errors={grid.errors}
        isReadOnly={isReadOnly}
        isChild={false}
        onEdit={grid.onEdit}
        onPaste={grid.onPaste}
        onDelete={grid.onDelete}
        onRevert={grid.onRevert}
      />
      {isReadOnly ? null : (
        <div>
          <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={grid.addRow}>
            Add year
          </button>
        </div>
      )}
    </section>
  );
}
