"use client";

import { useCallback, useReducer, useState } from "react";
import { focusCell } from "@/app/ui/scenario-editor/grid/grid-keyboard";
import { gridReducer } from "@/app/ui/scenario-editor/grid/grid-state";
import { isMultiCellPaste, parseTsv } from "@/app/ui/scenario-editor/grid/parse-tsv";
import type { CellErrors, GridColumn, GridRow } from "@/app/ui/scenario-editor/grid/types";
import { newDeckRow } from "./deck-grid";

type Patch = Partial<Pick<GridRow, "values" | "extra">>;

/**
 * The deck's year/price rows while they are edited (local until the deck is saved): typing, a paste of two columns
 * from a spreadsheet (it fills the cells to the right and below, adding rows), add and delete. Cell errors are kept
 * here and cleared from a cell as it is edited.
 */
export function useDeckGrid(gridId: string, columns: readonly GridColumn[], loadedRows: GridRow[]) {
  const [rows, dispatch] = useReducer(gridReducer, loadedRows);
  // New loaded rows (the browser's number format known after hydration): start again from them.
  const [loaded, setLoaded] = useState(loadedRows);
  if (loaded !== loadedRows) {
    setLoaded(loadedRows);
    dispatch({ type: "reset", rows: loadedRows });
  }
  const [errors, setErrors] = useState<CellErrors>(new Map());
  const [status, setStatus] = useState<string>("");

  const onEdit = useCallback((rowKey: string, patch: Patch) => {
    dispatch({ type: "edit", rowKey, patch });
    setErrors((current) => {
      if (!current.has(rowKey)) return current;
      const next = new Map(current);
      next.delete(rowKey);
      return next;
    });
  }, []);
  const onPaste = useCallback(
    (rowIndex: number, columnIndex: number, text: string) => {
      if (!isMultiCellPaste(text)) return false;
      const cells = parseTsv(text);
      dispatch({ type: "paste", rowIndex, columnIndex, cells, columns, newRow: () => newDeckRow() });
      setStatus(`Pasted ${cells.length} row${cells.length === 1 ? "" : "s"} from the clipboard.`);
      return true;
    },
    [columns],
  );
  const addRow = useCallback(() => {
    const index = rows.length;
    dispatch({ type: "add", row: newDeckRow(), atIndex: index });
    setStatus(`Row ${index + 1} added.`);
    requestAnimationFrame(() => focusCell(gridId, index, 0));
  }, [rows.length, gridId]);
  const onDelete = useCallback(
    (rowKey: string, rowIndex: number) => {
      dispatch({ type: "delete", rowKey });
      setStatus(`Row ${rowIndex + 1} deleted. Save to keep the change.`);
      requestAnimationFrame(() => focusCell(gridId, rowIndex, 0) || focusCell(gridId, rowIndex - 1, 0));
    },
    [gridId],
  );
  // Deck rows are never inherited, so there is nothing to revert to.
  const onRevert = useCallback(() => undefined, []);
  return { rows, errors, setErrors, status, onEdit, onPaste, addRow, onDelete, onRevert };
}
