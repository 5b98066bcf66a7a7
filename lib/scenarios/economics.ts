import { buildCashFlowTable, compileModel, computeEconomicSummary, runSensitivities, type CashFlowRow, type EconomicSummary, type ProductCashFlow, type SensitivityAnalysis } from "@/lib/engine/model";
import { getValuationPreferences } from "@/lib/organisations";
import { buildModelInputs } from "./cashflow";
import type { EffectiveScenario } from "./load-effective-scenario";
import { getEffectiveScenario, type ScenarioScope } from "./read";

// The feasibility-study view of a scenario: the economic summary (disclosure table), the annual cash flow it
// summarises, and the one-at-a-time sensitivities with break-evens, at the organisation's disclosure rates and
// sensitivity steps. Deterministic: computed from the effective inputs on every read (a few hundred evaluations,
// milliseconds), never cached, so it cannot go stale after an edit.

/** One year of the annual cash-flow table a technical report prints (scenario currency, price units, tonnes). */
export type AnnualCashFlowRow = Pick<
  CashFlowRow,
  "period" | "year" | "phase" | "oreMinedT" | "wasteMinedT" | "oreProcessedT" | "headGrade" | "payableMetalUnits" | "grossRevenue" | "netSmelterReturn" | "royalties" | "operatingCost" | "incomeTax" | "preTaxCashFlow" | "afterTaxCashFlow" | "cumulativeCashFlow"
> & {
  /** Initial + sustaining + replacement + closure capital, less salvage. */
  netCapital: number;
  workingCapitalChange: number;
};

/** One product's lines by year, indexed like the annual cash flow (scenario currency; metal in its price unit). */
export type AnnualProductLines = Pick<ProductCashFlow, "name" | "role" | "priceUnit" | "payableMetalUnits" | "grossRevenue" | "netSmelterReturn">;

export type ScenarioEconomics = {
  scenarioId: string;
  scenarioName: string;
  priceUnit: string;
  gradeUnit: string;
  summary: EconomicSummary;
  annualCashFlow: AnnualCashFlowRow[];
  /** With co- or by-products only (primary first); absent for a single-product scenario. */
  annualProducts?: AnnualProductLines[];
  sensitivities: SensitivityAnalysis;
};

export type ValuationPreferences = { disclosureRatesPct: readonly number[]; sensitivityStepsPct: readonly number[] };

function toAnnualRow(row: CashFlowRow): AnnualCashFlowRow {
  const { period, year, phase, oreMinedT, wasteMinedT, oreProcessedT, headGrade, payableMetalUnits, grossRevenue, netSmelterReturn, royalties, operatingCost, incomeTax, preTaxCashFlow, afterTaxCashFlow, cumulativeCashFlow, workingCapitalChange } = row;
  const netCapital = row.capexInitial + row.capexSustaining + row.capexReplacement + row.capexClosure - row.salvage;
  return { period, year, phase, oreMinedT, wasteMinedT, oreProcessedT, headGrade, payableMetalUnits, grossRevenue, netSmelterReturn, royalties, operatingCost, netCapital, workingCapitalChange, incomeTax, preTaxCashFlow, afterTaxCashFlow, cumulativeCashFlow };
}

function toAnnualProduct({ name, role, priceUnit, payableMetalUnits, grossRevenue, netSmelterReturn }: ProductCashFlow): AnnualProductLines {
  return { name, role, priceUnit, payableMetalUnits, grossRevenue, netSmelterReturn };
}

/**
 * The economics of an effective scenario.
 * @throws AppError SCENARIO_INPUTS_INVALID (422) when its inputs cannot be modelled yet
 */
export function computeScenarioEconomics(effective: EffectiveScenario, preferences: ValuationPreferences): ScenarioEconomics {
  const model = compileModel(buildModelInputs(effective));
  const table = buildCashFlowTable(model);
  return {
    scenarioId: effective.scenario.id,
    scenarioName: effective.scenario.name,
    priceUnit: table.priceUnit,
    gradeUnit: table.gradeUnit,
    summary: computeEconomicSummary(model, preferences.disclosureRatesPct),
    annualCashFlow: table.rows.map(toAnnualRow),
    ...(table.products ? { annualProducts: table.products.map(toAnnualProduct) } : {}),
    sensitivities: runSensitivities(model, preferences.sensitivityStepsPct),
  };
}

/** As {@link computeScenarioEconomics} for a scenario the caller reached, at its organisation's preferences. */
export async function getScenarioEconomics(scope: ScenarioScope): Promise<ScenarioEconomics> {
  const [effective, preferences] = await Promise.all([getEffectiveScenario(scope), getValuationPreferences({ organisationId: scope.organisationId })]);
  return computeScenarioEconomics(effective, preferences);
}
