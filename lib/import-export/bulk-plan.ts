import type { BulkRowWrites } from "@/db/queries/rows/bulk-writes";
import type { AnyScenarioRow, RowFields } from "@/db/queries/rows/tables";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { isSameRow } from "./match";
import type { KindPlan } from "./plan";

// The writes of one kind of an import. Same rule as the row API's bulk replace (lib/rows/replace-rows.ts
// planReplacement): a row equal to the inherited one needs no row of its own, a different one an override,
// inherited rows left out are removed. Updates are delete + re-insert under the same id, lineage and creation
// time (values swapped between rows never collide on a unique column), except the kinds other records hang from,
// updated in place so those stay: equipment (its maintenance logs) and consumption items (their actuals; a delete
// would cascade to them). Neither kind has a unique field. db/queries/rows/bulk-writes.ts writes them in batches.

const UPDATED_IN_PLACE: ReadonlySet<ScenarioRowEntity> = new Set(["equipment", "consumption"]);

/** The smallest set of writes that makes the scenario's rows of the kind equal the sheet's. */
export function planWrites(entity: ScenarioRowEntity, { state, match }: Pick<KindPlan, "state" | "match">): BulkRowWrites {
  const writes: BulkRowWrites = { inserts: [], inPlaceUpdates: [], deletes: [], addRemovals: [], dropRemovalIds: [] };
  for (const matched of match.rows) {
    const { fields } = matched.row;
    if (!matched.lineageId) {
      writes.inserts.push({ lineageId: matched.newLineageId, fields });
      continue;
    }
    const own = state.own.get(matched.lineageId);
    const inherited = state.inherited.get(matched.lineageId);
    const removal = state.removals.get(matched.lineageId);
    if (removal) writes.dropRemovalIds.push(removal.id);
    if (inherited && isSameRow(fields, inherited as RowFields)) {
      if (own) writes.deletes.push(own);
    } else if (own) {
      if (isSameRow(fields, own as RowFields)) continue;
      if (UPDATED_IN_PLACE.has(entity)) writes.inPlaceUpdates.push({ row: own, fields });
      else writes.inserts.push({ fields, replaces: own });
    } else writes.inserts.push({ lineageId: matched.lineageId, fields });
  }
  for (const row of match.removed) {
    if (state.own.has(row.lineageId)) writes.deletes.push(state.own.get(row.lineageId) as AnyScenarioRow);
    if (state.inherited.has(row.lineageId)) writes.addRemovals.push(row.lineageId);
  }
  return writes;
}
