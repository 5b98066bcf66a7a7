import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { capexItems, consumptionItems, equipment, opexItems, parameterCorrelations, processParameters, productionOutputs, projects, scenarioProducts, scenarioRowRemovals, scenarios } from "../schema";
import { type ScenarioRowEntity } from "@/lib/domain/inputs";
import { isUuid } from "./ids";
import {
  applyLineageRule,
  compareEffectiveRows,
  MAX_SCENARIO_DEPTH,
  orderChain,
  type EffectiveCorrelation,
  type EffectiveRow,
  type ScenarioChain,
  type ScenarioRowByEntity,
} from "./scenario-lineage";

// Scenario inheritance, read side. A child stores only its differences (see db/schema/scenario-settings.ts and
// db/schema/scenario-rows.ts); these functions resolve what a scenario EFFECTIVELY has, along its ancestry.
// Every function reads the whole chain with one query per table, never one per ancestor; the rules themselves
// (resolveSettings, applyLineageRule) are pure, in scenario-lineage.ts.

export {
  applyLineageRule,
  MAX_SCENARIO_DEPTH,
  resolveSettings,
  type EffectiveCorrelation,
  type EffectiveRow,
  type ResolvedSettings,
  type ScenarioChain,
  type ScenarioRowByEntity,
  type ScenarioSettingKey,
  type ScenarioSettings,
  type SettingSource,
  type ValueOrigin,
} from "./scenario-lineage";

const ROW_TABLES = {
  parameter: processParameters,
  production: productionOutputs,
  capex: capexItems,
  opex: opexItems,
  consumption: consumptionItems,
  equipment,
  product: scenarioProducts,
} as const;

/**
 * The scenario and its ancestors, root first, scoped by organisation.
 *
 * Signature: `getScenarioChain(db, { organisationId, scenarioId }): Promise<ScenarioChain | undefined>`.
 * Two queries whatever the depth (a recursive CTE for the ids, then the rows).
 * @returns undefined when the scenario does not exist, the id is malformed, or it belongs to another organisation
 * @example const chain = await getScenarioChain(db, { organisationId, scenarioId }); if (!chain) throw notFound("Scenario");
 */
export async function getScenarioChain(
  db: DbOrTx,
  { organisationId, scenarioId }: { organisationId: string; scenarioId: string },
): Promise<ScenarioChain | undefined> {
  if (!isUuid(scenarioId) || !isUuid(organisationId)) return undefined;
  // UNION (not UNION ALL) and the depth bound make the walk terminate even on corrupt, cyclic data.
  const chainIds = sql`(
    WITH RECURSIVE chain(id, parent_id, depth) AS (
      SELECT s.id, s.parent_scenario_id, 0
        FROM ${scenarios} s JOIN ${projects} p ON p.id = s.project_id
       WHERE s.id = ${scenarioId} AND p.organisation_id = ${organisationId}
      UNION
      SELECT a.id, a.parent_scenario_id, c.depth + 1
        FROM ${scenarios} a JOIN chain c ON a.id = c.parent_id
       WHERE c.depth < ${MAX_SCENARIO_DEPTH}
    ) SELECT id FROM chain)`;
  const rows = await db.select().from(scenarios).where(inArray(scenarios.id, chainIds));
  return orderChain(rows, organisationId, scenarioId);
}

/**
 * The effective input rows of one kind for the chain's scenario, by the lineage rule of scenario-rows.ts:
 * walking root first, each scenario first removes the lineages in its scenario_row_removals, then its rows replace
 * the rows of the same lineage (origin "overridden") or add new ones ("own"). Rows decided by an ancestor are
 * "inherited". Order: production by period, every other kind by name (ties by lineage id).
 *
 * Signature: `resolveRows<E extends ScenarioRowEntity>(db, { chain, entity: E }): Promise<EffectiveRow<ScenarioRowByEntity[E]>[]>`.
 * Two queries (the rows of the chain, the removals of the chain).
 */
export async function resolveRows<E extends ScenarioRowEntity>(
  db: DbOrTx,
  { chain, entity }: { chain: ScenarioChain; entity: E },
): Promise<EffectiveRow<ScenarioRowByEntity[E]>[]> {
  const ids = chain.scenarios.map((s) => s.id);
  const [rows, removals] = await Promise.all([
    selectChainRows(db, entity, ids),
    db
      .select({ scenarioId: scenarioRowRemovals.scenarioId, lineageId: scenarioRowRemovals.lineageId })
      .from(scenarioRowRemovals)
      .where(and(inArray(scenarioRowRemovals.scenarioId, ids), eq(scenarioRowRemovals.entity, entity))),
  ]);
  return applyLineageRule(chain, rows, removals).sort(compareEffectiveRows);
}

async function selectChainRows<E extends ScenarioRowEntity>(
  db: DbOrTx,
  entity: E,
  scenarioIds: string[],
): Promise<ScenarioRowByEntity[E][]> {
  // Drizzle cannot type a select over a union of tables; every row table shares the columns used here, and
  // ROW_TABLES[E] yields exactly ScenarioRowByEntity[E].
  const table = ROW_TABLES[entity] as typeof capexItems;
  const rows = await db
    .select()
    .from(table)
    .where(inArray(table.scenarioId, scenarioIds))
    .orderBy(asc(table.createdAt), asc(table.id));
  return rows as unknown as ScenarioRowByEntity[E][];
}

/**
 * The effective rank correlations: per parameter pair (a < b by lineage id), the nearest scenario's row wins.
 * When `parameterLineageIds` is given, pairs naming a parameter that is not effective (removed) are dropped.
 *
 * Signature: `resolveCorrelations(db, { chain, parameterLineageIds? }): Promise<EffectiveCorrelation[]>`.
 */
export async function resolveCorrelations(
  db: DbOrTx,
  { chain, parameterLineageIds }: { chain: ScenarioChain; parameterLineageIds?: ReadonlySet<string> },
): Promise<EffectiveCorrelation[]> {
  const ids = chain.scenarios.map((s) => s.id);
  const rows = await db
    .select()
    .from(parameterCorrelations)
    .where(inArray(parameterCorrelations.scenarioId, ids))
    .orderBy(asc(parameterCorrelations.createdAt), asc(parameterCorrelations.id));
  const asLineage = rows.map((row) => ({
    ...row,
    lineageId: `${row.parameterALineageId}:${row.parameterBLineageId}`,
  }));
  return applyLineageRule(chain, asLineage, [])
    .filter(
      ({ row }) =>
        !parameterLineageIds ||
        (parameterLineageIds.has(row.parameterALineageId) && parameterLineageIds.has(row.parameterBLineageId)),
    )
    .map(({ row: { lineageId: _pair, ...row }, ...entry }) => ({ ...entry, row }));
}
