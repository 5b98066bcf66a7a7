import type { RowState } from "@/db/queries/rows/row-state";
import type { AnyScenarioRow, RowFields } from "@/db/queries/rows/tables";
import type { EffectiveRow } from "@/db/queries/scenario-inheritance";

// Effective rows as the row API shows them, and the value comparison every "did it change?" rule uses.

/** An effective row as the API shows it: the stored row plus where it comes from. */
export type ApiRow = AnyScenarioRow & { origin: EffectiveRow<AnyScenarioRow>["origin"] };

export function toApiRow(entry: EffectiveRow<AnyScenarioRow>): ApiRow {
  return { ...entry.row, origin: entry.origin };
}

/** The effective row of a lineage, or undefined when the scenario does not (or no longer) have it. */
export function findEffective(state: RowState, lineageId: string): EffectiveRow<AnyScenarioRow> | undefined {
  return state.effective.find((entry) => entry.row.lineageId === lineageId);
}

/** Numeric columns round to at most 8 decimals, so values equal within 1e-9 (relative) are the same value. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return a === b;
}

/** True when every field of `desired` equals the same field of `stored`. */
export function hasSameFields(desired: RowFields, stored: RowFields): boolean {
  return Object.entries(desired).every(([key, value]) => isSameValue(value, stored[key] ?? null));
}
