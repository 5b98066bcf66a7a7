"use client";

import { memo } from "react";
import { GridCell } from "./grid-cell";
import { OriginBadge } from "./row-origin";
import type { GridColumn, GridRow as GridRowModel } from "./types";

export type GridRowActions = {
  onEdit: (rowKey: string, patch: Partial<Pick<GridRowModel, "values" | "extra">>) => void;
  onPaste: (rowIndex: number, columnIndex: number, text: string) => boolean;
  onDelete: (rowKey: string, rowIndex: number) => void;
  onRevert: (row: GridRowModel) => void;
};

type GridRowProps = GridRowActions & {
  gridId: string;
  columns: readonly GridColumn[];
  row: GridRowModel;
  rowIndex: number;
  errors?: Map<string, string>;
  isReadOnly: boolean;
  isChild: boolean;
};

function RowActions({ row, rowIndex, onDelete, onRevert }: Pick<GridRowProps, "row" | "rowIndex" | "onDelete" | "onRevert">) {
  const canRevert = row.savedOrigin === "overridden" || (row.savedOrigin === "inherited" && row.origin === "overridden");
  return (
    <td className="grid-actions">
      {canRevert ? (
        <button type="button" className="button-link" onClick={() => onRevert(row)} aria-label={`Revert row ${rowIndex + 1} to parent`}>
          Revert to parent
        </button>
      ) : null}
      <button type="button" className="button-link danger" onClick={() => onDelete(row.key, rowIndex)} aria-label={`Delete row ${rowIndex + 1}`}>
        Delete
      </button>
    </td>
  );
}

/** One grid row; memoised so typing in a cell re-renders that row only, even with hundreds of rows. */
export const GridRow = memo(function GridRow({ gridId, columns, row, rowIndex, errors, isReadOnly, isChild, ...actions }: GridRowProps) {
  const isUnsavedOverride = row.origin === "overridden" && row.savedOrigin === "inherited";
  return (
    <tr className={row.origin === "inherited" ? "grid-row-inherited" : undefined}>
      <th scope="row" className="grid-row-header">
        {rowIndex + 1}
      </th>
      {isChild ? (
        <td className="grid-origin">
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
      {isReadOnly ? null : <RowActions row={row} rowIndex={rowIndex} onDelete={actions.onDelete} onRevert={actions.onRevert} />}
    </tr>
  );
});
