import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { capexItems, consumptionItems, equipment, opexItems, parameterCorrelations, processParameters, productionOutputs, projects, SCENARIO_SETTING_KEYS, scenarioRowRemovals, scenarios, type CapexItem, type ConsumptionItem, type Equipment, type OpexItem, type ParameterCorrelation, type ProcessParameter, type ProductionOutput, type Scenario } from "../schema";
import { type ScenarioRowEntity } from "@/lib/domain/inputs";
import { isUuid } from "./ids";

// Scenario inheritance, read side. A child stores only its differences (see db/schema/scenario-settings.ts and
// db/schema/scenario-rows.ts); these functions resolve what a scenario EFFECTIVELY has, along its ancestry.
// Every function reads the whole chain with one query per table, never one per ancestor.

/** Longer ancestries are refused by the API; the bound also stops a corrupt (cyclic) chain. */
export const MAX_SCENARIO_DEPTH = 32;

/** A scenario and its ancestors, root first; `scenario` (the last of `scenarios`) is the one asked for. */
export type ScenarioChain = {
  organisationId: string;
  projectId: string;
  scenarios: Scenario[];
  scenario: Scenario;
};

export type ScenarioSettingKey = (typeof SCENARIO_SETTING_KEYS)[number];
export type ScenarioSettings = { [K in ScenarioSettingKey]: Scenario[K] };

/**
 * own: the scenario's own value (a root's value, or a child's row with a lineage no ancestor has);
 * overridden: a child's value replacing an inherited one; inherited: read from `sourceScenarioId`, an ancestor;
 * unset: no scenario of the chain has a value (optional settings only).
 */
export type ValueOrigin = "own" | "inherited" | "overridden" | "unset";
export type SettingSource = { origin: ValueOrigin; sourceScenarioId: string | null };
export type ResolvedSettings = {
  settings: ScenarioSettings;
  sources: Record<ScenarioSettingKey, SettingSource>;
};

export type ScenarioRowByEntity = {
  parameter: ProcessParameter;
  production: ProductionOutput;
  capex: CapexItem;
  opex: OpexItem;
  consumption: ConsumptionItem;
  equipment: Equipment;
};

/** One effective input row: the row that wins along the chain, and where it comes from. */
export type EffectiveRow<R> = {
  origin: Exclude<ValueOrigin, "unset">;
  /** The scenario that stores `row` (the scenario itself unless origin is "inherited"). */
  sourceScenarioId: string;
  row: R;
};

export type EffectiveCorrelation = EffectiveRow<ParameterCorrelation>;

const ROW_TABLES = {
  parameter: processParameters,
  production: productionOutputs,
  capex: capexItems,
  opex: opexItems,
  consumption: consumptionItems,
  equipment,
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

/** Orders the fetched rows from the requested scenario up its parents, then reverses to root first. */
function orderChain(rows: Scenario[], organisationId: string, scenarioId: string): ScenarioChain | undefined {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const scenario = byId.get(scenarioId);
  if (!scenario) return undefined;
  const upward: Scenario[] = [];
  const seen = new Set<string>();
  let current: Scenario | undefined = scenario;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    upward.push(current);
    current = current.parentScenarioId ? byId.get(current.parentScenarioId) : undefined;
  }
  return { organisationId, projectId: scenario.projectId, scenarios: upward.reverse(), scenario };
}

/**
 * The effective settings of the chain's scenario: for each key the nearest non-null value walking from the
 * scenario up to the root, and where it comes from. Pure.
 *
 * Signature: `resolveSettings(chain: ScenarioChain): ResolvedSettings`.
 */
export function resolveSettings(chain: Pick<ScenarioChain, "scenarios" | "scenario">): ResolvedSettings {
  const settings = {} as Record<ScenarioSettingKey, unknown>;
  const sources = {} as Record<ScenarioSettingKey, SettingSource>;
  const isRoot = chain.scenario.parentScenarioId === null;
  for (const key of SCENARIO_SETTING_KEYS) {
    settings[key] = null;
    sources[key] = { origin: "unset", sourceScenarioId: null };
    for (let i = chain.scenarios.length - 1; i >= 0; i -= 1) {
      const link = chain.scenarios[i];
      const value = link?.[key];
      if (!link || value === null || value === undefined) continue;
      const isOwn = link.id === chain.scenario.id;
      const origin: ValueOrigin = !isOwn ? "inherited" : isRoot ? "own" : "overridden";
      settings[key] = value;
      sources[key] = { origin, sourceScenarioId: link.id };
      break;
    }
  }
  return { settings: settings as ScenarioSettings, sources };
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

/**
 * A stable order that does not depend on where a row is stored (it survives re-parenting and copies): production
 * by period, every other kind by name; ties by lineage id.
 */
function compareEffectiveRows(a: EffectiveRow<LineageRow>, b: EffectiveRow<LineageRow>): number {
  const keyA = sortKeyOf(a.row);
  const keyB = sortKeyOf(b.row);
  if (typeof keyA === "number" && typeof keyB === "number" && keyA !== keyB) return keyA - keyB;
  if (typeof keyA === "string" && typeof keyB === "string" && keyA !== keyB) return keyA.localeCompare(keyB);
  return a.row.lineageId < b.row.lineageId ? -1 : a.row.lineageId > b.row.lineageId ? 1 : 0;
}

function sortKeyOf(row: LineageRow): string | number {
  if ("period" in row && typeof row.period === "number") return row.period;
  if ("name" in row && typeof row.name === "string") return row.name;
  return "";
}

type LineageRow = { scenarioId: string; lineageId: string };

/** The lineage rule over rows already fetched for the whole chain. Pure. */
export function applyLineageRule<R extends LineageRow>(
  chain: Pick<ScenarioChain, "scenarios" | "scenario">,
  rows: readonly R[],
  removals: readonly LineageRow[],
): EffectiveRow<R>[] {
  const byLineage = new Map<string, EffectiveRow<R>>();
  chain.scenarios.forEach((link, depth) => {
    for (const removal of removals) {
      if (removal.scenarioId === link.id) byLineage.delete(removal.lineageId);
    }
    for (const row of rows) {
      if (row.scenarioId !== link.id) continue;
      const isOverride = depth > 0 && byLineage.has(row.lineageId);
      byLineage.set(row.lineageId, { origin: isOverride ? "overridden" : "own", sourceScenarioId: link.id, row });
    }
  });
  return [...byLineage.values()].map((entry) =>
    entry.sourceScenarioId === chain.scenario.id ? entry : { ...entry, origin: "inherited" },
  );
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
