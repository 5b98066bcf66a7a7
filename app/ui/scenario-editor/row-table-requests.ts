import type { DecimalSeparator } from "@/app/ui/format/parse-number";
import { api, isApiError } from "@/lib/client/api-client";
import { toCellErrors, toRequestRow } from "./grid/cell-values";
import type { CellErrors, GridColumn, GridRow } from "./grid/types";

// The two requests of an input table: the bulk PUT that saves the whole table, and the DELETE ?revert=true that
// drops an override. Both turn every failure into words for the table's error region; neither throws.

export type SaveFeedback = { message?: string; problems: string[]; status?: string };

export type TableTarget = { scenarioId: string; segment: string; version: number };

const STALE_MESSAGE = "Someone else changed this scenario since you opened it. Reload to see their changes (yours will be lost), or copy your rows first.";

function failureMessage(error: unknown, hasCellErrors: boolean, fallback: string): string {
  if (hasCellErrors) return "Some values are not valid: each problem is shown beside its cell.";
  if (!isApiError(error)) return fallback;
  if (error.code === "STALE_UPDATE") return STALE_MESSAGE;
  return /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
}

/** Builds every row's request body; cells that are not even numbers are reported here, before any request. */
function buildRequest(rows: readonly GridRow[], columns: readonly GridColumn[], decimal: DecimalSeparator) {
  const local: CellErrors = new Map();
  const bodies = rows.map((row) => {
    const { body, errors } = toRequestRow(row, columns, decimal);
    if (errors.size > 0) local.set(row.key, errors);
    return body;
  });
  return { bodies, local };
}

/**
 * Saves the whole table with PUT /api/scenarios/{id}/{segment}. The API writes nothing when any row is invalid and
 * names each problem `rows.<index>.<field>`; those come back as cell errors on the rows that were sent.
 */
export async function saveRows(
  target: TableTarget,
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  decimal: DecimalSeparator,
): Promise<{ ok: boolean; errors: CellErrors; feedback: SaveFeedback }> {
  const { bodies, local } = buildRequest(rows, columns, decimal);
  if (local.size > 0) return { ok: false, errors: local, feedback: { problems: [], message: "Some cells are not numbers. Nothing was saved." } };
  try {
    await api.put(`/api/scenarios/${target.scenarioId}/${target.segment}`, { version: target.version, rows: bodies });
    return { ok: true, errors: new Map(), feedback: { problems: [], status: `Saved ${rows.length} row${rows.length === 1 ? "" : "s"}.` } };
  } catch (error) {
    const { cells, other } = toCellErrors(isApiError(error) ? (error.fieldErrors ?? {}) : {}, rows.map((row) => row.key));
    const message = `${failureMessage(error, cells.size > 0, "The table could not be saved; try again.")} Nothing was saved.`;
    return { ok: false, errors: cells, feedback: { problems: other, message } };
  }
}

/** Drops a saved override (DELETE …/{lineageId}?revert=true): the row takes the parent's values again. */
export async function revertOverride(target: TableTarget, lineageId: string): Promise<SaveFeedback & { ok: boolean }> {
  try {
    await api.delete(`/api/scenarios/${target.scenarioId}/${target.segment}/${lineageId}`, { query: { revert: true, version: target.version } });
    return { ok: true, problems: [], status: "Reverted to the parent's values." };
  } catch (error) {
    return { ok: false, problems: [], message: failureMessage(error, false, "The row could not be reverted; try again.") };
  }
}
