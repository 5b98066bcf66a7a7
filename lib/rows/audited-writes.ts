import {
  countConsumptionActuals,
  countMaintenanceLogs,
  deleteCorrelationsOutside,
  deleteRowRemoval,
  deleteScenarioRow,
  insertRowRemoval,
  insertScenarioRow,
  updateScenarioRow,
} from "@/db/queries/rows/row-writes";
import type { AnyScenarioRow, RowFields } from "@/db/queries/rows/tables";
import type { ScenarioRowRemoval } from "@/db/schema";
import { ROW_KIND_VOCABULARY, type ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { AppError } from "@/lib/errors";
import type { Write } from "@/lib/writes";

// The smallest writes of scenario rows, each audited in the same transaction (lib/writes). Callers have bumped
// the scenario version in that transaction, which also locks the scenario row.

/** The open write and the scenario rows of one kind it changes. */
export type RowWriter = { w: Write; scenarioId: string; entity: ScenarioRowEntity };

function auditedAs(rw: RowWriter) {
  return ROW_KIND_VOCABULARY[rw.entity].auditEntityType;
}

/**
 * Inserts a row: a new lineage, or an override when `lineageId` is an inherited row's. `replaces` re-inserts a row
 * deleted earlier in the transaction under its old id, lineage and creation time, audited as an update.
 */
export async function insertAudited(
  rw: RowWriter,
  { fields, lineageId, replaces }: { fields: RowFields; lineageId?: string; replaces?: AnyScenarioRow },
): Promise<AnyScenarioRow> {
  const row = await insertScenarioRow(rw.w.tx, { scenarioId: rw.scenarioId, entity: rw.entity, fields, lineageId, replaces });
  const entityType = auditedAs(rw);
  await rw.w.audit(
    replaces
      ? { action: "update", entityType, entityId: row.id, before: replaces, after: row }
      : { action: "create", entityType, entityId: row.id, after: row },
  );
  return row;
}

/** Replaces the values of one of the scenario's own rows. */
export async function updateAudited(rw: RowWriter, { row, fields }: { row: AnyScenarioRow; fields: RowFields }): Promise<AnyScenarioRow> {
  const updated = await updateScenarioRow(rw.w.tx, { scenarioId: rw.scenarioId, entity: rw.entity, rowId: row.id, fields });
  await rw.w.audit({ action: "update", entityType: auditedAs(rw), entityId: row.id, before: row, after: updated });
  return updated;
}

/**
 * Maintenance logs are operational actuals attached to an equipment row and cascade with it: deleting the row
 * (a delete, a revert of an override, a bulk replace) would silently lose them, so it is refused.
 * @throws AppError EQUIPMENT_HAS_MAINTENANCE (409) naming how many logs to move or delete first
 */
async function refuseIfMaintenanceLogged(rw: RowWriter, equipmentId: string): Promise<void> {
  const logs = await countMaintenanceLogs(rw.w.tx, { equipmentId });
  if (logs === 0) return;
  throw new AppError(
    "EQUIPMENT_HAS_MAINTENANCE",
    `This equipment has ${logs} maintenance log(s); delete them first, or keep the equipment (its logs would be lost)`,
    { status: 409 },
  );
}

/** As for maintenance logs: consumption actuals cascade with their item row, so deleting it is refused. */
async function refuseIfConsumptionLogged(rw: RowWriter, itemId: string): Promise<void> {
  const actuals = await countConsumptionActuals(rw.w.tx, { itemId });
  if (actuals === 0) return;
  throw new AppError(
    "CONSUMPTION_HAS_ACTUALS",
    `This consumption item has ${actuals} logged actual(s); delete them first, or keep the item (its actuals would be lost)`,
    { status: 409 },
  );
}

/** Deletes one of the scenario's own rows (`silent`: not audited, because it is re-inserted in the transaction). */
export async function deleteAudited(rw: RowWriter, { row, silent = false }: { row: AnyScenarioRow; silent?: boolean }): Promise<void> {
  if (rw.entity === "equipment") await refuseIfMaintenanceLogged(rw, row.id);
  if (rw.entity === "consumption") await refuseIfConsumptionLogged(rw, row.id);
  await deleteScenarioRow(rw.w.tx, { scenarioId: rw.scenarioId, entity: rw.entity, rowId: row.id });
  if (!silent) await rw.w.audit({ action: "delete", entityType: auditedAs(rw), entityId: row.id, before: row });
}

/** Records that the scenario no longer has an inherited row. */
export async function addRemovalAudited(rw: RowWriter, { lineageId }: { lineageId: string }): Promise<void> {
  const removal = await insertRowRemoval(rw.w.tx, { scenarioId: rw.scenarioId, entity: rw.entity, lineageId });
  if (removal) await rw.w.audit({ action: "create", entityType: "scenario_row_removal", entityId: removal.id, after: removal });
}

/** Takes a removal back: the inherited row is part of the scenario again. */
export async function dropRemovalAudited(rw: RowWriter, { removal }: { removal: ScenarioRowRemoval }): Promise<void> {
  await deleteRowRemoval(rw.w.tx, { removalId: removal.id });
  await rw.w.audit({ action: "delete", entityType: "scenario_row_removal", entityId: removal.id, before: removal });
}

/**
 * Deletes the scenario's own correlations that name a parameter it no longer has, so a correlation never
 * outlives its parameters.
 */
export async function pruneCorrelationsAudited(
  w: Write,
  { scenarioId, parameterLineageIds }: { scenarioId: string; parameterLineageIds: readonly string[] },
): Promise<void> {
  const removed = await deleteCorrelationsOutside(w.tx, { scenarioId, parameterLineageIds });
  await w.audit(removed.map((row) => ({ action: "delete" as const, entityType: "parameter_correlation" as const, entityId: row.id, before: row })));
}
