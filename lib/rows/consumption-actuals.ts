import { getDb } from "@/db";
import {
  deleteConsumptionActual,
  findConsumptionActual,
  insertConsumptionActual,
  listConsumptionActuals,
  updateConsumptionActual,
  type ConsumptionActualFields,
  type ConsumptionActualListQuery,
} from "@/db/queries/rows/consumption-actuals";
import { mapWriteErrors } from "@/db/queries/rows/database-errors";
import { getEffectiveRows } from "@/db/queries/rows/row-state";
import type { ConsumptionActual } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { write, type Write } from "@/lib/writes";

// Consumption actuals of a consumption item ROW (issue #14): what was really used, for fitting distributions.
// Like maintenance logs (./maintenance.ts): actuals of that row only (never inherited, no scenario version, no
// effect on the cash flow). Every write is audited as "consumption_actual".

export type { ConsumptionActualFields, ConsumptionActualListQuery };

/** Who writes: the scenario's organisation and project (from the access guard) and the user. */
export type ConsumptionActualActor = { organisationId: string; userId: string; projectId: string };

/** Where actuals are reached from: an item of the scenario by its LINEAGE id, as in /api/scenarios/{id}/consumption/{itemId}. */
export type ConsumptionItemScope = { organisationId: string; scenarioId: string; itemId: string };

/**
 * The storage id of the scenario's effective row of the item (its own, its override or an inherited one): actuals
 * hang from that row, as maintenance logs hang from an equipment row. An item the scenario does not have is a 404.
 * @throws AppError NOT_FOUND
 */
async function effectiveItemRowId({ organisationId, scenarioId, itemId }: ConsumptionItemScope): Promise<string> {
  const effective = await getEffectiveRows(await getDb(), { organisationId, scenarioId, entity: "consumption" });
  if (!effective) throw notFound("Scenario");
  const found = effective.rows.find(({ row }) => row.lineageId === itemId);
  if (!found) throw notFound("Consumption item");
  return found.row.id;
}

/** One page of an item row's actuals by period, with the total for the filter. */
export async function listActuals(scope: ConsumptionItemScope, query: ConsumptionActualListQuery): Promise<{ actuals: ConsumptionActual[]; total: number }> {
  const itemRowId = await effectiveItemRowId(scope);
  return listConsumptionActuals(await getDb(), { organisationId: scope.organisationId, itemId: itemRowId, query });
}

/** @throws AppError NOT_FOUND when the actual is gone */
export async function getActual({ organisationId, actualId }: { organisationId: string; actualId: string }): Promise<ConsumptionActual> {
  const actual = await findConsumptionActual(await getDb(), { organisationId, actualId });
  if (!actual) throw notFound("Consumption actual");
  return actual;
}

function writeActual<T>(actor: ConsumptionActualActor, work: (w: Write) => Promise<T>): Promise<T> {
  const { organisationId, userId, projectId } = actor;
  return mapWriteErrors(() => write({ organisationId, userId, projectId }, work));
}

/** Logs consumption of an item row of the scenario, audited. */
export async function createActual(
  actor: ConsumptionActualActor & ConsumptionItemScope,
  fields: ConsumptionActualFields,
): Promise<ConsumptionActual> {
  const itemRowId = await effectiveItemRowId(actor);
  return writeActual(actor, async (w) => {
    const actual = await insertConsumptionActual(w.tx, { itemId: itemRowId, fields, createdBy: actor.userId });
    await w.audit({ action: "create", entityType: "consumption_actual", entityId: actual.id, after: actual });
    return actual;
  });
}

/** @throws AppError NOT_FOUND when the actual is gone */
export async function updateActual(
  actor: ConsumptionActualActor & { actualId: string },
  patch: Partial<ConsumptionActualFields>,
): Promise<ConsumptionActual> {
  return writeActual(actor, async (w) => {
    const before = await findConsumptionActual(w.tx, { organisationId: actor.organisationId, actualId: actor.actualId });
    if (!before) throw notFound("Consumption actual");
    const actual = await updateConsumptionActual(w.tx, { actualId: actor.actualId, patch });
    if (!actual) throw notFound("Consumption actual");
    await w.audit({ action: "update", entityType: "consumption_actual", entityId: actual.id, before, after: actual });
    return actual;
  });
}

/** @throws AppError NOT_FOUND when the actual is gone */
export async function deleteActual(actor: ConsumptionActualActor & { actualId: string }): Promise<void> {
  await writeActual(actor, async (w) => {
    const before = await deleteConsumptionActual(w.tx, { actualId: actor.actualId });
    if (!before) throw notFound("Consumption actual");
    await w.audit({ action: "delete", entityType: "consumption_actual", entityId: before.id, before });
  });
}
