import { and, count, eq, notInArray, or } from "drizzle-orm";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import type { DbOrTx } from "../../client";
import {
  consumptionActuals,
  maintenanceLogs,
  parameterCorrelations,
  scenarioRowRemovals,
  type NewCapexItem,
  type ParameterCorrelation,
  type ScenarioRowRemoval,
} from "../../schema";
import { rowTableOf, type AnyScenarioRow, type RowFields } from "./tables";

// The smallest writes of scenario rows. The caller (lib/rows, lib/import-export) holds the transaction, has
// bumped the scenario version (which also locks the scenario row) and audits what these return.

/** Which scenario's rows of which kind a write touches. */
export type RowTarget = { scenarioId: string; entity: ScenarioRowEntity };

/**
 * Inserts a row of the scenario: a new lineage, or an override when `lineageId` is an inherited row's.
 * `replaces` re-inserts a row deleted earlier in the transaction under its old id, lineage and creation time.
 */
export async function insertScenarioRow(
  tx: DbOrTx,
  { scenarioId, entity, fields, lineageId, replaces }: RowTarget & { fields: RowFields; lineageId?: string; replaces?: AnyScenarioRow },
): Promise<AnyScenarioRow> {
  const identity = replaces
    ? { id: replaces.id, lineageId: replaces.lineageId, createdAt: replaces.createdAt }
    : lineageId
      ? { lineageId }
      : {};
  const [row] = await tx
    .insert(rowTableOf(entity))
    .values({ ...fields, scenarioId, ...identity } as NewCapexItem)
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row as AnyScenarioRow;
}

/** Replaces the values of one of the scenario's own rows. */
export async function updateScenarioRow(
  tx: DbOrTx,
  { scenarioId, entity, rowId, fields }: RowTarget & { rowId: string; fields: RowFields },
): Promise<AnyScenarioRow> {
  const table = rowTableOf(entity);
  const [updated] = await tx
    .update(table)
    .set(fields as Partial<NewCapexItem>)
    .where(and(eq(table.id, rowId), eq(table.scenarioId, scenarioId)))
    .returning();
  if (!updated) throw new Error("update matched no row");
  return updated as AnyScenarioRow;
}

/** Deletes one of the scenario's own rows. */
export async function deleteScenarioRow(tx: DbOrTx, { scenarioId, entity, rowId }: RowTarget & { rowId: string }): Promise<void> {
  const table = rowTableOf(entity);
  await tx.delete(table).where(and(eq(table.id, rowId), eq(table.scenarioId, scenarioId)));
}

/** How many maintenance logs an equipment row has (they cascade with it). */
export async function countMaintenanceLogs(tx: DbOrTx, { equipmentId }: { equipmentId: string }): Promise<number> {
  const [row] = await tx.select({ logs: count() }).from(maintenanceLogs).where(eq(maintenanceLogs.equipmentId, equipmentId));
  return row?.logs ?? 0;
}

/** How many consumption actuals a consumption item row has (they cascade with it). */
export async function countConsumptionActuals(tx: DbOrTx, { itemId }: { itemId: string }): Promise<number> {
  const [row] = await tx.select({ actuals: count() }).from(consumptionActuals).where(eq(consumptionActuals.consumptionItemId, itemId));
  return row?.actuals ?? 0;
}

/**
 * Records that the scenario no longer has an inherited row.
 * @returns the removal, or undefined when the scenario already had it
 */
export async function insertRowRemoval(
  tx: DbOrTx,
  { scenarioId, entity, lineageId }: RowTarget & { lineageId: string },
): Promise<ScenarioRowRemoval | undefined> {
  const [removal] = await tx
    .insert(scenarioRowRemovals)
    .values({ scenarioId, entity, lineageId })
    .onConflictDoNothing()
    .returning();
  return removal;
}

/** Takes a removal back: the inherited row is part of the scenario again. */
export async function deleteRowRemoval(tx: DbOrTx, { removalId }: { removalId: string }): Promise<void> {
  await tx.delete(scenarioRowRemovals).where(eq(scenarioRowRemovals.id, removalId));
}

/**
 * Deletes the scenario's own correlations that name a parameter outside `parameterLineageIds` (inherited pairs
 * are filtered out by the resolver).
 * @returns the deleted pairs
 */
export async function deleteCorrelationsOutside(
  tx: DbOrTx,
  { scenarioId, parameterLineageIds }: { scenarioId: string; parameterLineageIds: readonly string[] },
): Promise<ParameterCorrelation[]> {
  // notInArray of an empty list is refused by drizzle; no parameter has the nil id, so every pair goes.
  const keep = parameterLineageIds.length > 0 ? [...parameterLineageIds] : ["00000000-0000-0000-0000-000000000000"];
  return tx
    .delete(parameterCorrelations)
    .where(
      and(
        eq(parameterCorrelations.scenarioId, scenarioId),
        or(notInArray(parameterCorrelations.parameterALineageId, keep), notInArray(parameterCorrelations.parameterBLineageId, keep)),
      ),
    )
    .returning();
}
