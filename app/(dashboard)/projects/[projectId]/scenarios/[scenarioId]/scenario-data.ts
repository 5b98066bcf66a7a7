import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { ScenarioPanelData } from "@/app/ui/scenario-editor/panels/panel-props";
import { requireScenarioChain } from "@/lib/scenario/access";
import { planCapex, type CapexPlan } from "@/lib/engine/planners";
import { computeScenarioCashFlow, type ScenarioCashFlow } from "@/lib/scenario/cashflow";
import { toModelCapexItems } from "@/lib/scenario/to-model-items";
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
    // Engine messages come as "rule: message"; people need the message (the rule name is for scripts).
    const problems = Object.values(error.fieldErrors ?? {}).flatMap((messages) => (messages ?? []).map((message) => message.replace(/^[a-z_]+: /, "")));
    return { ok: false, message: error.message, problems };
  }
}

export type CapexPlanResult = { ok: true; plan: CapexPlan; currency: string; years: Map<number, number> } | { ok: false; message: string; problems: string[] };

/**
 * The capex plan needs only the capex items and the timeline, so it is shown even while other inputs (production,
 * revenue terms) are incomplete; the cash-flow model's plan is used when the model can be computed.
 */
export function computeCapexPlanSafely(effective: EffectiveScenario): CapexPlanResult {
  const model = computeCashFlowSafely(effective);
  if (model.ok) {
    const { capexPlan, currency, rows } = model.cashFlow;
    return { ok: true, plan: capexPlan, currency, years: new Map(rows.map((row) => [row.period, row.year])) };
  }
  const { currency, constructionPeriods, lifeYears, startYear } = effective.settings;
  if (!currency || constructionPeriods === null || lifeYears === null || startYear === null) return model;
  const { items, issues } = toModelCapexItems(effective.rows.capex.map((entry) => entry.row), currency);
  const periodCount = Math.max(constructionPeriods + lifeYears, ...items.map((item) => item.spendPeriod + 1));
  if (issues.length > 0) return { ok: false, message: "The capex items cannot be planned yet", problems: issues.map((issue) => issue.message) };
  const years = new Map(Array.from({ length: periodCount }, (_, period) => [period, startYear + period] as const));
  return { ok: true, plan: planCapex(items, periodCount), currency, years };
}
