import type { DbOrTx } from "@/db";
import { listActualsOfItems } from "@/db/queries/rows/consumption-actuals";
import type { RowState } from "@/db/queries/rows/row-state";
import type { ConsumptionActual } from "@/db/schema";
import { equipmentLinesAfter, type EquipmentLine } from "./maintenance-match";
import { isSameRow, type MatchResult } from "./match";
import type { ProblemList } from "./table";
import type { ValidRow, ValidatedSheet } from "./validate";

// Consumption actuals hang from the scenario's effective row of their item (as POST …/consumption/{itemId}/actuals
// stores them). An imported actual names its item by NAME, resolved against the items the scenario has AFTER the
// import (the file's consumption sheet, or the current items when the file has none). Actuals carry no id: a file
// row equal to an actual the item already has (every field) is that actual, unchanged; any other is created; the
// actuals of the items the scenario stores that no row matched are removed. An import never changes another
// scenario's rows: an item inherited as-is from the parent keeps the parent's actuals, and the file may only repeat
// them unchanged.

export type MatchedActual = { row: ValidRow; itemKey: string; outcome: "created" | "unchanged" };
export type ConsumptionActualsMatch = { rows: MatchedActual[]; removed: ConsumptionActual[] };

const ACTUAL_FIELDS = ["periodStart", "quantity", "unitCost", "currency", "notes"] as const;

/** The row an item's actuals hang from once the import is written: its own row if kept, the parent's if inherited. */
function currentRowIdOf(state: RowState, item: EquipmentLine): string | undefined {
  return item.isStoredHere ? state.own.get(item.key)?.id : state.inherited.get(item.key)?.id;
}

/** Every actual of the items' current rows (own and inherited), oldest period first. */
async function loadActuals(db: DbOrTx, { organisationId, state }: { organisationId: string; state: RowState }) {
  const rowIds = [...state.own.values(), ...state.inherited.values()].map((row) => row.id);
  return listActualsOfItems(db, { organisationId, itemIds: [...new Set(rowIds)] });
}

/** An item's actuals that no row has claimed yet, by period (a file row can only equal one of its own period). */
function indexByPeriod(actuals: readonly ConsumptionActual[]): Map<string, ConsumptionActual[]> {
  const index = new Map<string, ConsumptionActual[]>();
  for (const actual of actuals) {
    const key = `${actual.consumptionItemId}|${actual.periodStart}`;
    const listed = index.get(key);
    if (listed) listed.push(actual);
    else index.set(key, [actual]);
  }
  return index;
}

function findItem(items: readonly EquipmentLine[], name: string): EquipmentLine | "ambiguous" | undefined {
  const named = items.filter((item) => item.name.toLowerCase() === name.toLowerCase());
  return named.length > 1 ? "ambiguous" : named[0];
}

/** Takes (and removes from the index) an unclaimed actual of the row equal to the file row, if there is one. */
function claimEqual(index: Map<string, ConsumptionActual[]>, rowId: string | undefined, row: ValidRow): ConsumptionActual | undefined {
  if (!rowId) return undefined;
  const candidates = index.get(`${rowId}|${String(row.fields.periodStart)}`) ?? [];
  const position = candidates.findIndex((actual) => isSameRow(row.fields, Object.fromEntries(ACTUAL_FIELDS.map((field) => [field, actual[field]]))));
  return position < 0 ? undefined : candidates.splice(position, 1)[0];
}

/**
 * Matches the sheet's actuals to the consumption items after the import and to the actuals they have; an item no
 * item has (or several have) and a change to an inherited item's actuals are problems at the row's item_name.
 */
export async function matchConsumptionActuals(
  db: DbOrTx,
  { organisationId, sheet, state, consumption }: { organisationId: string; sheet: ValidatedSheet; state: RowState; consumption?: MatchResult },
  problems: ProblemList,
): Promise<ConsumptionActualsMatch> {
  const items = equipmentLinesAfter(state, consumption);
  const unclaimed = indexByPeriod(await loadActuals(db, { organisationId, state }));
  const rows: MatchedActual[] = [];
  for (const row of sheet.rows) {
    const name = row.itemName ?? "";
    const report = (code: string, rule: string) => problems.add({ sheet: sheet.sheet, row: row.rowNumber, column: "item_name", value: name, code, rule });
    const item = findItem(items, name);
    if (item === "ambiguous") report("ambiguous_item", "Several consumption items have this name; rename one so each actual names one item");
    else if (!item) report("unknown_item", "No consumption item has this name, neither in the file's consumption sheet nor in the scenario");
    if (!item || item === "ambiguous") continue;
    const existing = claimEqual(unclaimed, currentRowIdOf(state, item), row);
    if (!existing && !item.isStoredHere) {
      report("inherited_item", "This consumption item is inherited from the parent scenario as it is; change its actuals there");
      continue;
    }
    rows.push({ row, itemKey: item.key, outcome: existing ? "unchanged" : "created" });
  }
  // Only the actuals of rows the scenario stores: an inherited row's actuals are the parent's.
  const ownRowIds = new Set([...state.own.values()].map((row) => row.id));
  const removed = [...unclaimed.values()].flat().filter((actual) => ownRowIds.has(actual.consumptionItemId));
  return { rows, removed };
}
