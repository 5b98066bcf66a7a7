import type { DbOrTx } from "@/db";
import { listLogsOfEquipment } from "@/db/queries/rows/maintenance";
import type { RowState } from "@/db/queries/rows/row-state";
import type { MaintenanceLog } from "@/db/schema";
import type { MatchResult, RowOutcome } from "./match";
import { isSameRow } from "./match";
import type { ProblemList } from "./table";
import type { ValidRow, ValidatedSheet } from "./validate";

// Maintenance logs belong to an equipment ROW stored in this scenario (never inherited). An imported log names
// its equipment line by row_id or by name, resolved against the equipment the scenario has AFTER the import;
// the sheet replaces the logs of every equipment row the scenario stores.

/** An equipment line as it will be once the import is written; key = its lineage id. */
export type EquipmentLine = { key: string; name: string; isStoredHere: boolean };

export type MatchedLog = { row: ValidRow; equipmentKey: string; existing?: MaintenanceLog; outcome: RowOutcome };
export type MaintenanceMatch = { rows: MatchedLog[]; removed: MaintenanceLog[] };

/**
 * The scenario's equipment lines after the import (the equipment sheet's rows, or the current ones). Works for any
 * named row kind: consumption actuals find their items with it too.
 */
export function equipmentLinesAfter(state: RowState, match: MatchResult | undefined): EquipmentLine[] {
  if (!match) {
    return state.effective.map((entry) => ({
      key: entry.row.lineageId,
      name: String((entry.row as { name: string }).name),
      isStoredHere: entry.origin !== "inherited",
    }));
  }
  return match.rows.map((matched) => {
    const key = matched.lineageId ?? matched.newLineageId ?? "";
    // Equal to the parent's row: the scenario stores no row of its own (planWrites), so no log can attach.
    const inherited = matched.lineageId ? state.inherited.get(matched.lineageId) : undefined;
    const isInheritedAsIs = inherited !== undefined && isSameRow(matched.row.fields, inherited as Record<string, unknown>);
    return { key, name: String(matched.row.fields.name), isStoredHere: !isInheritedAsIs };
  });
}

/** The logs of the equipment rows the scenario stores today. */
export async function loadOwnLogs(db: DbOrTx, { organisationId, state }: { organisationId: string; state: RowState }): Promise<MaintenanceLog[]> {
  return listLogsOfEquipment(db, { organisationId, equipmentIds: [...state.own.values()].map((row) => row.id) });
}

function findLine(lines: readonly EquipmentLine[], row: ValidRow): EquipmentLine | "ambiguous" | undefined {
  const { rowId, name } = row.equipment ?? { rowId: null, name: null };
  if (rowId) return lines.find((line) => line.key === rowId);
  if (!name) return undefined;
  const named = lines.filter((line) => line.name.toLowerCase() === name.toLowerCase());
  return named.length > 1 ? "ambiguous" : named[0];
}

const LOG_FIELDS = ["performedOn", "type", "downtimeHours", "cost", "currency", "notes"] as const;

/** Matches the sheet's logs to equipment lines and existing logs; unresolvable lines are problems. */
export function matchLogs(
  sheet: ValidatedSheet,
  context: { lines: EquipmentLine[]; ownLogs: MaintenanceLog[]; lineageOfRowId: Map<string, string> },
  problems: ProblemList,
): MaintenanceMatch {
  const existing = new Map(context.ownLogs.map((log) => [log.id, log]));
  const kept = new Set<string>();
  const rows: MatchedLog[] = [];
  for (const row of sheet.rows) {
    const line = findLine(context.lines, row);
    const column = row.equipment?.rowId ? "equipment_row_id" : "equipment_name";
    const value = row.equipment?.rowId ?? row.equipment?.name ?? null;
    const report = (code: string, rule: string) => problems.add({ sheet: sheet.sheet, row: row.rowNumber, column, value, code, rule });
    if (line === "ambiguous") report("ambiguous_equipment", "Several equipment lines have this name; give equipment_row_id");
    else if (!line) report("unknown_equipment", value ? "The scenario has no such equipment line" : "Give equipment_row_id or equipment_name");
    else if (!line.isStoredHere) report("inherited_equipment", "This equipment line is inherited from the parent scenario; import its logs there");
    if (!line || line === "ambiguous" || !line.isStoredHere) continue;
    const log = row.id ? existing.get(row.id) : undefined;
    const isSameLine = log !== undefined && context.lineageOfRowId.get(log.equipmentId) === line.key;
    if (log && isSameLine) kept.add(log.id);
    const stored = log ? Object.fromEntries(LOG_FIELDS.map((field) => [field, log[field]])) : undefined;
    const outcome: RowOutcome = !log || !isSameLine ? "created" : isSameRow(row.fields, stored ?? {}) ? "unchanged" : "updated";
    rows.push({ row, equipmentKey: line.key, existing: isSameLine ? log : undefined, outcome });
  }
  return { rows, removed: context.ownLogs.filter((log) => !kept.has(log.id)) };
}
