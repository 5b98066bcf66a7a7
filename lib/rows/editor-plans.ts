import { planCapex, type CapexPlan } from "@/lib/engine/planners";
import { isAppError } from "@/lib/errors";
import { computeScenarioCashFlow, type ScenarioCashFlow } from "@/lib/scenarios/cashflow";
import { computeScenarioEconomics, type ScenarioEconomics, type ValuationPreferences } from "@/lib/scenarios/economics";
import type { EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { toModelCapexItems } from "@/lib/scenarios/to-model-items";

// The editor's result pages (profitability, capex and opex planners): the deterministic model of the scenario, or
// why its inputs cannot be modelled yet, shown rather than thrown.

type ModelProblems = { ok: false; message: string; problems: string[] };
export type CashFlowResult = { ok: true; cashFlow: ScenarioCashFlow } | ModelProblems;
export type EconomicsResult = { ok: true; economics: ScenarioEconomics } | ModelProblems;

/** Why the inputs cannot be modelled, from the engine's AppError; anything else is rethrown. */
function toModelProblems(error: unknown): ModelProblems {
  if (!isAppError(error)) throw error;
  // Engine messages come as "rule: message"; people need the message (the rule name is for scripts).
  const problems = Object.values(error.fieldErrors ?? {}).flatMap((messages) => (messages ?? []).map((message) => message.replace(/^[a-z_]+: /, "")));
  return { ok: false, message: error.message, problems };
}

/** The deterministic model of the scenario, or why its inputs cannot be modelled yet. */
export function computeCashFlowSafely(effective: EffectiveScenario): CashFlowResult {
  try {
    return { ok: true, cashFlow: computeScenarioCashFlow(effective) };
  } catch (error) {
    return toModelProblems(error);
  }
}

/** The economic summary and sensitivities of the scenario, or why its inputs cannot be modelled yet. */
export function computeEconomicsSafely(effective: EffectiveScenario, preferences: ValuationPreferences): EconomicsResult {
  try {
    return { ok: true, economics: computeScenarioEconomics(effective, preferences) };
  } catch (error) {
    return toModelProblems(error);
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
