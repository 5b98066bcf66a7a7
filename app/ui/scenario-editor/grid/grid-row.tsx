"use client";

import { memo, type KeyboardEvent } from "react";
import { GridCell } from "./grid-cell";
import { handleGridKey } from "./grid-keyboard";
import { OriginBadge } from "./row-origin";
import type { GridColumn, GridRow as GridRowModel } from "./types";
import buttons from "@/app/ui/common/button.module.css";
import styles from "./grid.module.css";

export type GridRowActions = {
  onEdit: (rowKey: string, patch: Partial<Pick<GridRowModel, "values" | "extra">>) => void;
  onPaste: (rowIndex: number, columnIndex: number, text: string) => boolean;
  onDelete: (rowKey: string, rowIndex: number) => void;
  onRevert: (row: GridRowModel) => void;
};

type RowActionsProps = Pick<GridRowProps, "gridId" | "row" | "rowIndex" | "onDelete" | "onRevert"> & { firstColumn: number };

type GridRowProps = GridRowActions & {
  gridId: string;
  columns: readonly GridColumn[];
  row: GridRowModel;
  rowIndex: number;
  errors?: Map<string, string>;
  isReadOnly: boolean;
  isChild: boolean;
};

function RowActions({ gridId, row, rowIndex, firstColumn, onDelete, onRevert }: RowActionsProps) {
  const canRevert = row.savedOrigin === "overridden" || (row.savedOrigin === "inherited" && row.origin === "overridden");
  // Cells of the grid's keyboard model (arrow keys reach them, Tab does not): Delete first, so its column is fixed.
  const cell = (col: number) => ({
    "data-row": rowIndex,
    "data-col": col,
    tabIndex: -1,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => handleGridKey(event, gridId, rowIndex, col),
  });
  return (
    <td className={styles.actions}>
      <button type="button" className={`${buttons.link} ${buttons.dangerLink}`} onClick={() => onDelete(row.key, rowIndex)} aria-label={`Delete row ${rowIndex + 1}`} {...cell(firstColumn)}>
        Delete
      </button>
      {canRevert ? (
        <button type="button" className={buttons.link} onClick={() => onRevert(row)} aria-label={`Revert row ${rowIndex + 1} to parent`} {...cell(firstColumn + 1)}>
          Revert to parent
        </button>
      ) : null}
    </td>
  );
}

/** One grid row; memoised so typing in a cell re-renders that row only, even with hundreds of rows. */
export const GridRow = memo(function GridRow({ gridId, columns, row, rowIndex, errors, isReadOnly, isChild, ...actions }: GridRowProps) {
  const isUnsavedOverride = row.origin === "overridden" && row.savedOrigin === "inherited";
  return (
    <tr className={row.origin === "inherited" ? styles.inheritedRow : undefined}>
      <th scope="row" className={styles.rowHeader}>
        {rowIndex + 1}
      </th>
      {isChild ? (
        <td className={styles.origin}>
          <OriginBadge origin={row.origin} sourceName={row.sourceName} isUnsaved={isUnsavedOverride} />
        </td>
      ) : null}
      {columns.map((column, columnIndex) => (
        <GridCell
          key={column.key}
          gridId={gridId}
          column={column}
          columnIndex={columnIndex}
          row={row}
          rowIndex={rowIndex}
          error={errors?.get(column.key)}
          isReadOnly={isReadOnly}
          onEdit={actions.onEdit}
          onPaste={actions.onPaste}
        />
      ))}
      {isReadOnly ? null : (
        <RowActions gridId={gridId} row={row} rowIndex={rowIndex} firstColumn={columns.length} onDelete={actions.onDelete} onRevert={actions.onRevert} />
      )}
    </tr>
  );
});
