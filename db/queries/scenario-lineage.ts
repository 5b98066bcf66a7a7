import { SCENARIO_SETTING_KEYS, type CapexItem, type ConsumptionItem, type Equipment, type OpexItem, type ParameterCorrelation, type ProcessParameter, type ProductionOutput, type Scenario, type ScenarioProduct } from "../schema";

// Scenario inheritance, the rules: what a scenario EFFECTIVELY has along its ancestry, from rows already read.
// Pure; scenario-inheritance.ts reads the chain and its rows (one query per table) and applies these.

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
  product: ScenarioProduct;
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

/** Orders the fetched rows from the requested scenario up its parents, then reverses to root first. */
export function orderChain(rows: Scenario[], organisationId: string, scenarioId: string): ScenarioChain | undefined {
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
 * A stable order that does not depend on where a row is stored (it survives re-parenting and copies): production
 * by period, every other kind by name; ties by lineage id.
 */
export function compareEffectiveRows(a: EffectiveRow<LineageRow>, b: EffectiveRow<LineageRow>): number {
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

