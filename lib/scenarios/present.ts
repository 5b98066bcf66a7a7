import { resolveSettings, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { toScenarioHeader } from "@/db/queries/scenarios";
import { SCENARIO_ROW_ENTITIES } from "@/lib/domain/inputs";
import type { EffectiveRows, EffectiveScenario } from "./load-effective-scenario";

// The JSON shape of a scenario in API answers: header, ancestors, effective settings, and on request the
// inheritance (where each value comes from) and the effective rows.

export type ScenarioIncludes = { inheritance?: boolean; rows?: boolean };

function presentInheritedRows(rows: EffectiveRows) {
  const byEntity = [...SCENARIO_ROW_ENTITIES, "correlations" as const].map((entity) => [
    entity,
    rows[entity].map((entry) => ({
      id: entry.row.id,
      lineageId: "lineageId" in entry.row ? entry.row.lineageId : `${entry.row.parameterALineageId}:${entry.row.parameterBLineageId}`,
      origin: entry.origin,
      sourceScenarioId: entry.sourceScenarioId,
    })),
  ]);
  return Object.fromEntries(byEntity);
}

function presentRows(rows: EffectiveRows) {
  return Object.fromEntries(
    [...SCENARIO_ROW_ENTITIES, "correlations" as const].map((entity) => [entity, rows[entity].map((entry) => entry.row)]),
  );
}

/** A scenario with its rows loaded (any include). */
export function presentEffectiveScenario(effective: EffectiveScenario, include: ScenarioIncludes) {
  return {
    ...effective.scenario,
    ancestors: effective.ancestors,
    settings: effective.settings,
    ...(include.inheritance
      ? { inheritance: { settings: effective.settingSources, rows: presentInheritedRows(effective.rows) } }
      : {}),
    ...(include.rows ? { rows: presentRows(effective.rows) } : {}),
  };
}

/** A scenario from its chain alone (no rows read). */
export function presentScenarioChain(chain: ScenarioChain) {
  return {
    ...toScenarioHeader(chain.scenario),
    ancestors: chain.scenarios.slice(0, -1).map(({ id, name }) => ({ id, name })),
    settings: resolveSettings(chain).settings,
  };
}

/** A scenario in an API answer (with `inheritance` and `rows` when they were asked for). */
export type PresentedScenario = ReturnType<typeof presentEffectiveScenario> | ReturnType<typeof presentScenarioChain>;
