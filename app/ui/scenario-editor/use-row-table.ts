"use client";

import { useRouter } from "next/navigation";
import { useCallback, useReducer, useState } from "react";
import { api, isApiError } from "@/lib/client/api-client";
import { toCellErrors, toRequestRow } from "./grid/cell-values";
import { gridReducer, isGridDirty } from "./grid/grid-state";
import { focusCell } from "./grid/grid-keyboard";
import { isMultiCellPaste, parseTsv } from "./grid/parse-tsv";
import type { CellErrors, GridColumn, GridRow } from "./grid/types";

export type RowTableConfig = {
  gridId: string;
  /** API path segment: production, capex, opex, consumption, equipment, parameters. */
  segment: string;
  scenarioId: string;
  version: number;
  columns: readonly GridColumn[];
  loadedRows: GridRow[];
  newRow: (rows: readonly GridRow[], index: number) => GridRow;
};

export type SaveFeedback = { message?: string; problems: string[]; status?: string };

const STALE_MESSAGE = "Someone else changed this scenario since you opened it. Reload to see their changes (yours will be lost), or copy your rows first.";

function saveErrorMessage(error: unknown, hasCellErrors: boolean): string {
  if (hasCellErrors) return "Some values are not valid: each problem is shown beside its cell.";
  if (!isApiError(error)) return "The table could not be saved; try again.";
  if (error.code === "STALE_UPDATE") return STALE_MESSAGE;
  return /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
}

/** Builds every row's request body; cells that are not even numbers are reported here, before any request. */
function buildRequest(rows: readonly GridRow[], columns: readonly GridColumn[]) {
  const local: CellErrors = new Map();
  const bodies = rows.map((row) => {
    const { body, errors } = toRequestRow(row, columns);
    if (errors.size > 0) local.set(row.key, errors);
    return body;
  });
  return { bodies, local };
}

/** State and actions of one input table: edits, paste, save through the bulk PUT, revert of an override. */
export function useRowTable(config: RowTableConfig) {
  const router = useRouter();
  const [rows, dispatch] = useReducer(gridReducer, config.loadedRows);
  const [loaded, setLoaded] = useState({ version: config.version, rows: config.loadedRows });
  const [errors, setErrors] = useState<CellErrors>(new Map());
  const [feedback, setFeedback] = useState<SaveFeedback>({ problems: [] });
  const [isPending, setPending] = useState(false);

  // Fresh rows from the server (after a save or a revert): start again from them.
  if (loaded.version !== config.version) {
    setLoaded({ version: config.version, rows: config.loadedRows });
    dispatch({ type: "reset", rows: config.loadedRows });
  }
  const isDirty = isGridDirty(rows, loaded.rows);
  const { columns, newRow, gridId } = config;

  const onEdit = useCallback((rowKey: string, patch: Partial<Pick<GridRow, "values" | "extra">>) => {
    dispatch({ type: "edit", rowKey, patch });
    const fields = Object.keys(patch.values ?? {});
    setErrors((current) => {
      const rowErrors = current.get(rowKey);
      if (!rowErrors || !fields.some((field) => rowErrors.has(field))) return current;
      const next = new Map(current);
      const remaining = new Map([...rowErrors].filter(([field]) => !fields.includes(field)));
      if (remaining.size > 0) next.set(rowKey, remaining);
      else next.delete(rowKey);
      return next;
    });
  }, []);

  const onPaste = useCallback(
    (rowIndex: number, columnIndex: number, text: string) => {
      if (!isMultiCellPaste(text)) return false;
      const cells = parseTsv(text);
      dispatch({ type: "paste", rowIndex, columnIndex, cells, columns, newRow: (index) => newRow([], index) });
      setFeedback({ problems: [], status: `Pasted ${cells.length} row${cells.length === 1 ? "" : "s"} from the clipboard.` });
      return true;
    },
    [columns, newRow],
  );

  const addRow = useCallback(() => {
    const index = rows.length;
    dispatch({ type: "add", row: newRow(rows, index), atIndex: index });
    setFeedback({ problems: [], status: `Row ${index + 1} added.` });
    requestAnimationFrame(() => focusCell(gridId, index, 0));
  }, [rows, newRow, gridId]);

  const onDelete = useCallback(
    (rowKey: string, rowIndex: number) => {
      dispatch({ type: "delete", rowKey });
      setFeedback({ problems: [], status: `Row ${rowIndex + 1} deleted. Save to keep the change.` });
      requestAnimationFrame(() => focusCell(gridId, rowIndex, 0) || focusCell(gridId, rowIndex - 1, 0));
    },
    [gridId],
  );

  const onRevert = useCallback(
    async (row: GridRow) => {
      if (row.savedOrigin === "inherited") {
        dispatch({ type: "restore", rowKey: row.key });
        setFeedback({ problems: [], status: "The row has the parent's values again." });
        return;
      }
      if (!row.lineageId || (isDirty && !window.confirm("Reverting reloads this table: your other unsaved changes in it will be lost. Continue?"))) return;
      setPending(true);
      try {
        await api.delete(`/api/scenarios/${config.scenarioId}/${config.segment}/${row.lineageId}`, { query: { revert: true, version: config.version } });
        setFeedback({ problems: [], status: "Reverted to the parent's values." });
        router.refresh();
      } catch (error) {
        setFeedback({ problems: [], message: isApiError(error) && error.code === "STALE_UPDATE" ? STALE_MESSAGE : isApiError(error) ? error.message : "The row could not be reverted; try again." });
      } finally {
        setPending(false);
      }
    },
    [config.scenarioId, config.segment, config.version, isDirty, router],
  );

  const save = useCallback(async () => {
    const { bodies, local } = buildRequest(rows, columns);
    if (local.size > 0) {
      setErrors(local);
      setFeedback({ problems: [], message: "Some cells are not numbers. Nothing was saved." });
      return;
    }
    setPending(true);
    setFeedback({ problems: [] });
    try {
      await api.put(`/api/scenarios/${config.scenarioId}/${config.segment}`, { version: config.version, rows: bodies });
      setErrors(new Map());
      setFeedback({ problems: [], status: `Saved ${rows.length} row${rows.length === 1 ? "" : "s"}.` });
      router.refresh();
    } catch (error) {
      const fieldErrors = isApiError(error) ? (error.fieldErrors ?? {}) : {};
      const { cells, other } = toCellErrors(fieldErrors, rows.map((row) => row.key));
      setErrors(cells);
      setFeedback({ problems: other, message: `${saveErrorMessage(error, cells.size > 0)} Nothing was saved.` });
    } finally {
      setPending(false);
    }
  }, [rows, columns, config.scenarioId, config.segment, config.version, router]);

  const discard = useCallback(() => {
    dispatch({ type: "reset", rows: loaded.rows });
    setErrors(new Map());
    setFeedback({ problems: [], status: "Changes discarded." });
  }, [loaded.rows]);

  return { rows, errors, feedback, isDirty, isPending, onEdit, onPaste, onDelete, onRevert, addRow, save, discard };
}
