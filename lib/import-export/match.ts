import { randomUUID } from "node:crypto";
import type { RowState } from "@/db/queries/rows/row-state";
import type { AnyScenarioRow, RowFields } from "@/db/queries/rows/tables";
import { hasSameFields } from "@/lib/rows/effective-rows";
import type { KindDefinition } from "./columns";
import type { ValidRow } from "./validate";

// Which existing row each file row is: by row_id (lineage id) first, then by the kind's natural key (period,
// or a name only one effective row has), else a new row. The outcome per row is what the preview shows.

export type RowOutcome = "created" | "updated" | "unchanged";

export type MatchedRow = {
  row: ValidRow;
  /** The scenario's lineage it replaces; undefined for a new row. */
  lineageId?: string;
  /**
   * A new row's lineage id: the file's row_id when the scenario does not know it (so references to it, such as a
   * parameter's target_ref or a maintenance log's equipment_row_id, keep working), else a fresh one.
   */
  newLineageId?: string;
  outcome: RowOutcome;
};

export type MatchResult = { rows: MatchedRow[]; removed: AnyScenarioRow[] };

/** Objects (a distribution) with their keys sorted: jsonb comes back with its keys in its own order. */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(canonical);
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

function canonicalFields(fields: RowFields): RowFields {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, canonical(value)]));
}

/** True when every field of the file's row equals the stored row's (numbers within the columns' rounding). */
export function isSameRow(fields: RowFields, stored: RowFields): boolean {
  return hasSameFields(canonicalFields(fields), canonicalFields(stored));
}

function naturalKeyIndex(state: RowState, key: string | undefined): Map<string, string | null> {
  const index = new Map<string, string | null>();
  if (!key) return index;
  for (const { row } of state.effective) {
    const value = String((row as Record<string, unknown>)[key]).toLowerCase();
    // null marks a key more than one row has: it identifies nothing.
    index.set(value, index.has(value) ? null : row.lineageId);
  }
  return index;
}

function knownLineage(state: RowState, id: string | null): string | undefined {
  return id !== null && (state.own.has(id) || state.inherited.has(id)) ? id : undefined;
}

/** Matches the sheet's valid rows to the scenario's rows of the kind (every file row replaces the table). */
export function matchRows(state: RowState, definition: KindDefinition, rows: readonly ValidRow[]): MatchResult {
  const byKey = naturalKeyIndex(state, definition.naturalKey);
  const effective = new Map(state.effective.map((entry) => [entry.row.lineageId, entry.row]));
  const claimed = new Set<string>();
  const explicit = new Set(rows.map((row) => knownLineage(state, row.id)).filter((id): id is string => id !== undefined));
  const matched = rows.map((row): MatchedRow => {
    let lineageId = knownLineage(state, row.id);
    if (!lineageId && definition.naturalKey) {
      const candidate = byKey.get(String(row.fields[definition.naturalKey]).toLowerCase());
      if (candidate && !claimed.has(candidate) && !explicit.has(candidate)) lineageId = candidate;
    }
    if (!lineageId) return { row, newLineageId: row.id ?? randomUUID(), outcome: "created" };
    claimed.add(lineageId);
    const current = effective.get(lineageId);
    if (!current) return { row, lineageId, outcome: "created" };
    return { row, lineageId, outcome: isSameRow(row.fields, current as RowFields) ? "unchanged" : "updated" };
  });
  const removed = state.effective.filter((entry) => !claimed.has(entry.row.lineageId)).map((entry) => entry.row);
  return { rows: matched, removed };
}
