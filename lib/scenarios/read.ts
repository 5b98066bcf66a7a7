import { getDb } from "@/db";
import { getScenarioChain, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { listScenarios as selectScenarios, type ScenarioListItem } from "@/db/queries/scenarios";
import type { ScenarioStatus } from "@/lib/domain/scenarios";
import { notFound } from "@/lib/errors";
import { computeScenarioCashFlow, type ScenarioCashFlow } from "./cashflow";
import { beginMetricsCapture, toMetricsSummary } from "./metrics-cache";
import { loadEffectiveScenarioFromChain, type EffectiveScenario } from "./load-effective-scenario";
import { presentEffectiveScenario, presentScenarioChain, type PresentedScenario, type ScenarioIncludes } from "./present";

// Reading scenarios for routes and pages, after the access guard (lib/access) named the owner.

export type { ScenarioListItem };

/** A scenario the caller reached: its organisation (the owner) and id. */
export type ScenarioScope = { organisationId: string; scenarioId: string };

/** A project's scenarios (every level of the tree; parentScenarioId links them), oldest first. */
export async function listScenarios(
  { organisationId, projectId, status }: { organisationId: string; projectId: string; status?: ScenarioStatus },
): Promise<ScenarioListItem[]> {
  return selectScenarios(await getDb(), { organisationId, projectId, status });
}

/** @throws AppError NOT_FOUND when the scenario is not in the organisation (it was deleted after the guard) */
export async function getScenarioChainOrThrow(scope: ScenarioScope): Promise<ScenarioChain> {
  const chain = await getScenarioChain(await getDb(), scope);
  if (!chain) throw notFound("Scenario");
  return chain;
}

/**
 * The scenario as the API shows it: header, ancestors and effective settings; its rows are read only when
 * `include` asks for the inheritance or the rows.
 */
export async function readScenario(scope: ScenarioScope, include: ScenarioIncludes): Promise<PresentedScenario> {
  const chain = await getScenarioChainOrThrow(scope);
  if (!include.inheritance && !include.rows) return presentScenarioChain(chain);
  return presentEffectiveScenario(await loadEffectiveScenarioFromChain(await getDb(), chain), include);
}

/**
 * What the scenario effectively is (settings and rows resolved along its ancestry, with their origins).
 * @throws AppError NOT_FOUND when the scenario is not in the organisation
 */
export async function getEffectiveScenario(scope: ScenarioScope): Promise<EffectiveScenario> {
  return loadEffectiveScenarioFromChain(await getDb(), await getScenarioChainOrThrow(scope));
}

/**
 * The deterministic cash-flow table, metrics, capex and opex plans of the effective scenario.
 * @throws AppError NOT_FOUND, SCENARIO_INPUTS_INVALID (422)
 */
export async function getScenarioCashFlow(scope: ScenarioScope & { projectId?: string }): Promise<ScenarioCashFlow> {
  // With the project known, its NPV and IRR are left for the scenario tree (metrics-cache.ts).
  const remember = scope.projectId ? await beginMetricsCapture({ organisationId: scope.organisationId, projectId: scope.projectId }) : undefined;
  const cashFlow = computeScenarioCashFlow(await getEffectiveScenario(scope));
  await remember?.(scope.scenarioId, toMetricsSummary(cashFlow, cashFlow.currency));
  return cashFlow;
}
