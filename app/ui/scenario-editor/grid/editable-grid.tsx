"use client";

import { useEffect } from "react";
import { formatNumber } from "@/app/ui/format";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { withDecimalSeparator } from "@/app/ui/format/parse-number";
import { columnTotal } from "./cell-values";
import { keepOneTabStop } from "./grid-keyboard";
import { GridRow, type GridRowActions } from "./grid-row";
import type { CellErrors, GridColumn, GridRow as GridRowModel } from "./types";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import tables from "@/app/ui/common/table.module.css";
import styles from "./grid.module.css";

type EditableGridProps = GridRowActions & {
  gridId: string;
  caption: string;
  columns: readonly GridColumn[];
  rows: readonly GridRowModel[];
  errors: CellErrors;
  isReadOnly: boolean;
  isChild: boolean;
};

function TotalsRow({ columns, rows, isReadOnly, isChild }: Pick<EditableGridProps, "columns" | "rows" | "isReadOnly" | "isChild">) {
  const decimal = useDecimalSeparator();
  if (!columns.some((column) => column.hasTotal) || rows.length === 0) return null;
  return (
    <tfoot>
      <tr className={styles.totals}>
        <th scope="row">Total</th>
        {isChild ? <td /> : null}
        {columns.map((column) => (
          <td key={column.key} className={tables.numeric}>
            {column.hasTotal ? withDecimalSeparator(formatNumber(columnTotal(rows, column.key, decimal), 2), decimal) : null}
          </td>
        ))}
        {isReadOnly ? null : <td />}
      </tr>
    </tfoot>
  );
}

/**
 * A table of inputs that behaves like a spreadsheet: one Tab stop, arrow keys and Enter move between cells, Esc undoes a cell's edit, a paste of
 * several cells fills the cells to the right and below (adding rows), and every header carries its unit.
 */
export function EditableGrid({ gridId, caption, columns, rows, errors, isReadOnly, isChild, ...actions }: EditableGridProps) {
  // Rows added, removed or reordered may leave no stop or a second one: restore exactly one after each render.
  useEffect(() => keepOneTabStop(gridId));
  return (
    <ScrollRegion label={caption}>
      <table
        className={`${tables.table} ${styles.grid}`}
        id={gridId}
        onFocus={(event) => {
          if (event.target instanceof HTMLElement && event.target.matches("[data-row][data-col]")) keepOneTabStop(gridId, event.target);
        }}
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.rowHeader}>
              <span className="visually-hidden">Row</span>#
            </th>
            {isChild ? <th scope="col">Source</th> : null}
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.kind === "number" || column.kind === "integer" ? tables.numeric : undefined}>
                {column.label}
              </th>
            ))}
            {isReadOnly ? null : (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <GridRow
              key={row.key}
              gridId={gridId}
              columns={columns}
              row={row}
              rowIndex={rowIndex}
              errors={errors.get(row.key)}
              isReadOnly={isReadOnly}
              isChild={isChild}
              {...actions}
            />
          ))}
        </tbody>
        <TotalsRow columns={columns} rows={rows} isReadOnly={isReadOnly} isChild={isChild} />
      </table>
    </ScrollRegion>
  );
}
