import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../client";
import { capexItems, consumptionItems, equipment, opexItems, parameterCorrelations, processParameters, productionOutputs, scenarioProducts, SCENARIO_SETTING_KEYS, scenarioRowRemovals, type NewCapexItem, type Scenario } from "../schema";
import { SCENARIO_ROW_ENTITIES, type ScenarioRowEntity } from "@/lib/domain/inputs";
import type { ScenarioSettings } from "./scenario-inheritance";

// Folding ancestors into a scenario: the scenario takes, as its OWN, everything it inherited from the given
// ancestors, so its effective inputs stay exactly the same when its parent changes. Used when a parent is
// deleted with ?children=reparent (fold the deleted parent into each child) and when a child becomes a root
// (fold every ancestor in). Rule, with ancestors nearest first and "taken" = the scenario's own lineages and
// removals: each ancestor row whose lineage is not taken is copied (same lineage_id) and becomes taken; each
// ancestor removal not taken is copied likewise. A scenario that becomes a root keeps no removals.

const ROW_TABLES = {
  parameter: processParameters,
  production: productionOutputs,
  capex: capexItems,
  opex: opexItems,
  consumption: consumptionItems,
  equipment,
  product: scenarioProducts,
} as const;

/** Settings after folding: the scenario's own value, else the nearest ancestor's. */
export function foldSettings(scenario: Scenario, ancestorsNearestFirst: readonly Scenario[]): Partial<ScenarioSettings> {
  const folded: Record<string, unknown> = {};
  for (const key of SCENARIO_SETTING_KEYS) {
    folded[key] = [scenario, ...ancestorsNearestFirst].find((s) => s[key] !== null)?.[key] ?? null;
  }
  return folded as Partial<ScenarioSettings>;
}

/**
 * Copies the ancestors' rows, removals and correlations the scenario inherits into the scenario (not its
 * settings: the caller writes foldSettings with the rest of its update). Returns how many rows were copied.
 * A copied row that collides with one of the scenario's own (e.g. two production rows for one period under
 * different lineages) fails with a unique violation (pg-errors.ts isUniqueViolation); lib/scenarios reports it.
 */
export async function foldAncestorRows(
  tx: Tx,
  { scenarioId, ancestorIdsNearestFirst, isBecomingRoot }: { scenarioId: string; ancestorIdsNearestFirst: readonly string[]; isBecomingRoot: boolean },
): Promise<number> {
  let copied = 0;
  for (const entity of SCENARIO_ROW_ENTITIES) {
    copied += await foldEntity(tx, entity, scenarioId, ancestorIdsNearestFirst, isBecomingRoot);
  }
  copied += await foldCorrelations(tx, scenarioId, ancestorIdsNearestFirst);
  if (isBecomingRoot) await tx.delete(scenarioRowRemovals).where(eq(scenarioRowRemovals.scenarioId, scenarioId));
  return copied;
}

type LineageRow = { id: string; scenarioId: string; lineageId: string; createdAt: Date; updatedAt: Date };

async function foldEntity(tx: Tx, entity: ScenarioRowEntity, scenarioId: string, ancestorIds: readonly string[], isBecomingRoot: boolean): Promise<number> {
  // Every row table shares the columns used here (see scenario-inheritance.ts selectChainRows).
  const table = ROW_TABLES[entity] as typeof capexItems;
  const ids = [scenarioId, ...ancestorIds];
  const [rows, removals] = await Promise.all([
    tx.select().from(table).where(inArray(table.scenarioId, ids)) as Promise<LineageRow[]>,
    tx
      .select({ scenarioId: scenarioRowRemovals.scenarioId, lineageId: scenarioRowRemovals.lineageId })
      .from(scenarioRowRemovals)
      .where(and(inArray(scenarioRowRemovals.scenarioId, ids), eq(scenarioRowRemovals.entity, entity))),
  ]);
  const taken = new Set([...rows, ...removals].filter((r) => r.scenarioId === scenarioId).map((r) => r.lineageId));
  const newRows: Record<string, unknown>[] = [];
  const newRemovals: { scenarioId: string; entity: ScenarioRowEntity; lineageId: string }[] = [];
  for (const ancestorId of ancestorIds) {
    const ownRows = rows.filter((r) => r.scenarioId === ancestorId && !taken.has(r.lineageId));
    const ownRemovals = removals.filter((r) => r.scenarioId === ancestorId && !taken.has(r.lineageId));
    for (const { id: _id, createdAt: _c, updatedAt: _u, ...row } of ownRows) newRows.push({ ...row, scenarioId });
    for (const removal of ownRemovals) newRemovals.push({ scenarioId, entity, lineageId: removal.lineageId });
    for (const r of [...ownRows, ...ownRemovals]) taken.add(r.lineageId);
  }
  if (newRows.length > 0) await tx.insert(table).values(newRows as NewCapexItem[]);
  if (newRemovals.length > 0 && !isBecomingRoot) await tx.insert(scenarioRowRemovals).values(newRemovals);
  return newRows.length;
}

async function foldCorrelations(tx: Tx, scenarioId: string, ancestorIds: readonly string[]): Promise<number> {
  const rows = await tx
    .select()
    .from(parameterCorrelations)
    .where(inArray(parameterCorrelations.scenarioId, [scenarioId, ...ancestorIds]));
  const pairOf = (r: (typeof rows)[number]) => `${r.parameterALineageId}:${r.parameterBLineageId}`;
  const taken = new Set(rows.filter((r) => r.scenarioId === scenarioId).map(pairOf));
  const copies: (typeof parameterCorrelations.$inferInsert)[] = [];
  for (const ancestorId of ancestorIds) {
    for (const row of rows.filter((r) => r.scenarioId === ancestorId && !taken.has(pairOf(r)))) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = row;
      copies.push({ ...copy, scenarioId });
      taken.add(pairOf(row));
    }
  }
  if (copies.length > 0) await tx.insert(parameterCorrelations).values(copies);
  return copies.length;
}
