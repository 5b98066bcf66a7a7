import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { ScenarioPanelData } from "@/app/ui/scenario-editor/panels/panel-props";
import { requireScenarioChain } from "@/lib/scenario/access";
import { computeScenarioCashFlow, type ScenarioCashFlow } from "@/lib/scenario/cashflow";
import { loadEffectiveScenarioFromChain, type EffectiveScenario } from "@/lib/scenario/load-effective-scenario";

// What every page of a scenario reads, once per request (React cache): the effective scenario of the caller's
// organisation, whether the caller may edit it, and the names of the scenarios values are inherited from.

export type ScenarioPageData = ScenarioPanelData;

function isNotFound(error: unknown): boolean {
  return isAppError(error) && error.code === "NOT_FOUND";
}

/** @returns the page data, or a 404 page for a scenario outside the caller's organisations or another project */
export const loadScenarioPage = cache(async (projectId: string, scenarioId: string): Promise<ScenarioPageData> => {
  const user = await requireUser(`/projects/${projectId}/scenarios/${scenarioId}`);
  const db = await getDb();
  const chain = await requireScenarioChain(db, user, scenarioId).catch((error: unknown) => {
    if (isNotFound(error)) notFound();
    throw error;
  });
  if (chain.projectId !== projectId) notFound();
  const effective = await loadEffectiveScenarioFromChain(db, chain);
  const role = user.memberships.find((membership) => membership.organisationId === chain.organisationId)?.role;
  const scenarioNames = new Map(chain.scenarios.map((scenario) => [scenario.id, scenario.name]));
  return {
    effective,
    canEdit: role !== undefined && hasRole(role, "project_manager"),
    isChild: effective.scenario.parentScenarioId !== null,
    scenarioNames,
    parentName: effective.ancestors.at(-1)?.name,
  };
});

export type CashFlowResult = { ok: true; cashFlow: ScenarioCashFlow } | { ok: false; message: string; problems: string[] };

/** The deterministic model of the scenario, or why its inputs cannot be modelled yet (shown, not thrown). */
export function computeCashFlowSafely(effective: EffectiveScenario): CashFlowResult {
  try {
    return { ok: true, cashFlow: computeScenarioCashFlow(effective) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const problems = Object.entries(error.fieldErrors ?? {}).flatMap(([path, messages]) => (messages ?? []).map((message) => `${path}: ${message}`));
    return { ok: false, message: error.message, problems };
  }
}
