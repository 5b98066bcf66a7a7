"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useReducer, useState } from "react";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { localiseRows } from "./grid/cell-values";
import { gridReducer, isGridDirty } from "./grid/grid-state";
import { focusCell } from "./grid/grid-keyboard";
import { isMultiCellPaste, parseTsv } from "./grid/parse-tsv";
import type { CellErrors, GridColumn, GridRow } from "./grid/types";
import { revertOverride, saveRows, type SaveFeedback } from "./row-table-requests";

export type { SaveFeedback } from "./row-table-requests";

export type RowTableConfig = {
  gridId: string;
  /** API path segment: production, products, capex, opex, consumption, equipment, parameters. */
  segment: string;
  scenarioId: string;
  version: number;
  columns: readonly GridColumn[];
  loadedRows: GridRow[];
  newRow: (rows: readonly GridRow[], index: number) => GridRow;
};

type Patch = Partial<Pick<GridRow, "values" | "extra">>;

/** Drops the errors of the fields an edit touched (the rest stay until the next save). */
function withoutEditedErrors(current: CellErrors, rowKey: string, fields: readonly string[]): CellErrors {
  const rowErrors = current.get(rowKey);
  if (!rowErrors || !fields.some((field) => rowErrors.has(field))) return current;
  const next = new Map(current);
  const remaining = new Map([...rowErrors].filter(([field]) => !fields.includes(field)));
  if (remaining.size > 0) next.set(rowKey, remaining);
  else next.delete(rowKey);
  return next;
}

/** Row edits of one table: edit, paste, add, delete (all local until saved). */
function useRowEdits(config: RowTableConfig, setErrors: (update: (current: CellErrors) => CellErrors) => void, setFeedback: (feedback: SaveFeedback) => void) {
  const [rows, dispatch] = useReducer(gridReducer, config.loadedRows);
  const { columns, newRow, gridId } = config;
  const onEdit = useCallback(
    (rowKey: string, patch: Patch) => {
      dispatch({ type: "edit", rowKey, patch });
      // Fields kept in `extra` (a distribution, a parameter's reference) have their own cells and errors too.
      setErrors((current) => withoutEditedErrors(current, rowKey, [...Object.keys(patch.values ?? {}), ...Object.keys(patch.extra ?? {})]));
    },
    [setErrors],
  );
  const onPaste = useCallback(
    (rowIndex: number, columnIndex: number, text: string) => {
      if (!isMultiCellPaste(text)) return false;
      const cells = parseTsv(text);
      dispatch({ type: "paste", rowIndex, columnIndex, cells, columns, newRow: (index) => newRow([], index) });
      setFeedback({ problems: [], status: `Pasted ${cells.length} row${cells.length === 1 ? "" : "s"} from the clipboard.` });
      return true;
    },
    [columns, newRow, setFeedback],
  );
  const addRow = useCallback(() => {
    const index = rows.length;
    dispatch({ type: "add", row: newRow(rows, index), atIndex: index });
    setFeedback({ problems: [], status: `Row ${index + 1} added.` });
    requestAnimationFrame(() => focusCell(gridId, index, 0));
  }, [rows, newRow, gridId, setFeedback]);
  const onDelete = useCallback(
    (rowKey: string, rowIndex: number) => {
      dispatch({ type: "delete", rowKey });
      setFeedback({ problems: [], status: `Row ${rowIndex + 1} deleted. Save to keep the change.` });
      requestAnimationFrame(() => focusCell(gridId, rowIndex, 0) || focusCell(gridId, rowIndex - 1, 0));
    },
    [gridId, setFeedback],
  );
  return { rows, dispatch, onEdit, onPaste, addRow, onDelete };
}

/** State and actions of one input table: edits, paste, save through the bulk PUT, revert of an override. */
export function useRowTable(config: RowTableConfig) {
  const router = useRouter();
  const [errors, setErrors] = useState<CellErrors>(new Map());
  const [feedback, setFeedback] = useState<SaveFeedback>({ problems: [] });
  const [isPending, setPending] = useState(false);
  const { columns } = config;
  // Numeric cells in the person's number format; the server built them with a point.
  const decimal = useDecimalSeparator();
  const loadedRows = useMemo(() => localiseRows(config.loadedRows, columns, decimal), [config.loadedRows, columns, decimal]);
  const [loaded, setLoaded] = useState({ version: config.version, decimal, rows: loadedRows });
  const edits = useRowEdits({ ...config, loadedRows }, setErrors, setFeedback);
  const { rows, dispatch } = edits;

  // Fresh rows from the server (after a save or a revert), or the browser's format known after hydration: start
  // again from them.
  if (loaded.version !== config.version || loaded.decimal !== decimal) {
    setLoaded({ version: config.version, decimal, rows: loadedRows });
    dispatch({ type: "reset", rows: loadedRows });
  }
  const isDirty = isGridDirty(rows, loaded.rows);

  // Memoised: every grid row receives it, and a new function would re-render all rows on each keystroke.
  const { scenarioId, segment, version } = config;
  const onRevert = useCallback(
    async (row: GridRow) => {
      if (row.savedOrigin === "inherited") {
        dispatch({ type: "restore", rowKey: row.key });
        return setFeedback({ problems: [], status: "The row has the parent's values again." });
      }
      if (!row.lineageId || (isDirty && !window.confirm("Reverting reloads this table: your other unsaved changes in it will be lost. Continue?"))) return;
      setPending(true);
      const outcome = await revertOverride({ scenarioId, segment, version }, row.lineageId);
      setFeedback(outcome);
      setPending(false);
      if (outcome.ok) router.refresh();
    },
    [dispatch, isDirty, scenarioId, segment, version, router],
  );

  // The table stays "unsaved" until the refreshed page brings the scenario's new version: every table and the
  // correlation matrix on the page send that version with their next save, so clearing the mark earlier let a quick
  // second save go out with the old version and fail as a conflict.
  const save = async () => {
    setPending(true);
    const outcome = await saveRows({ scenarioId, segment, version }, rows, columns, decimal);
    setErrors(outcome.errors);
    setFeedback(outcome.feedback);
    setPending(false);
    if (outcome.ok) router.refresh();
  };

  const discard = () => {
    dispatch({ type: "reset", rows: loaded.rows });
    setErrors(new Map());
    setFeedback({ problems: [], status: "Changes discarded." });
  };

  return { ...edits, errors, feedback, isDirty, isPending, onRevert, save, discard };
}
