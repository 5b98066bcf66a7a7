import { SCENARIO_SETTING_KEYS } from "@/db/schema";
import type { ModelMetrics } from "@/lib/engine/model";
import { assertComparable, type CompareCandidate } from "./compare-rules";
import { computeScenarioCashFlow } from "./cashflow";
import type { EffectiveScenario } from "./load-effective-scenario";
import { averageScenarioPrice } from "./price-check-scenario";
import { isAppError, type FieldErrors } from "@/lib/errors";

// Side-by-side comparison of effective scenarios: settings, key inputs, deterministic metrics, differences.

export type KeyInputs = {
  /** Capex items with contingency, scenario currency (equipment purchases are in the metrics' totalCapex). */
  capexTotal: number;
  /** Operating cost over the life (opex items, consumption, equipment operation), from the cash-flow table. */
  opexTotal: number | null;
  oreProcessedTotalT: number;
  payableMetalTotalUnits: number | null;
  /** Price currency per price unit: the flat price, or the average of a price deck's production-year prices. */
  metalPrice: number | null;
  metalPriceUnit: string | null;
};

export type ComparedMetrics = Pick<
  ModelMetrics,
  "discountRatePct" | "npv" | "irr" | "mirr" | "payback" | "discountedPayback" | "npvToCapex" | "breakEvenPrice" | "initialCapex" | "totalCapex"
>;

export type ComparedScenario = {
  scenario: EffectiveScenario["scenario"];
  settings: EffectiveScenario["settings"];
  keyInputs: KeyInputs;
  /** Null when the engine refuses the inputs; `inputErrors` then says why. */
  metrics: ComparedMetrics | null;
  inputErrors?: FieldErrors;
};

export type Difference = { path: string; values: unknown[] };
export type ScenarioComparison = { projectId: string; currency: string | null; scenarios: ComparedScenario[]; differences: Difference[] };

export function toCompareCandidate(effective: EffectiveScenario): CompareCandidate {
  const { settings, scenario } = effective;
  return {
    id: scenario.id,
    name: scenario.name,
    projectId: scenario.projectId,
    status: scenario.status,
    currency: settings.currency,
    startYear: settings.startYear,
    constructionPeriods: settings.constructionPeriods,
    lifeYears: settings.lifeYears,
    commodity: effective.project.primaryCommodity,
  };
}

function compareOne(effective: EffectiveScenario): ComparedScenario {
  const capexTotal = effective.rows.capex.reduce((sum, { row }) => sum + row.amount * (1 + row.contingencyPct / 100), 0);
  const oreProcessedTotalT = effective.rows.production.reduce((sum, { row }) => sum + row.oreProcessedT, 0);
  const base = { scenario: effective.scenario, settings: effective.settings };
  // A scenario on a price deck shows the average of its production years' prices.
  const price = { metalPrice: averageScenarioPrice(effective), metalPriceUnit: effective.settings.metalPriceUnit };
  try {
    const { rows, metrics } = computeScenarioCashFlow(effective);
    const opexTotal = rows.reduce((sum, row) => sum + row.operatingCost, 0);
    const payableMetalTotalUnits = rows.reduce((sum, row) => sum + row.payableMetalUnits, 0);
    const { discountRatePct, npv, irr, mirr, payback, discountedPayback, npvToCapex, breakEvenPrice, initialCapex, totalCapex } = metrics;
    return {
      ...base,
      keyInputs: { capexTotal, opexTotal, oreProcessedTotalT, payableMetalTotalUnits, ...price },
      metrics: { discountRatePct, npv, irr, mirr, payback, discountedPayback, npvToCapex, breakEvenPrice, initialCapex, totalCapex },
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      ...base,
      keyInputs: { capexTotal, opexTotal: null, oreProcessedTotalT, payableMetalTotalUnits: null, ...price },
      metrics: null,
      inputErrors: error.fieldErrors,
    };
  }
}

/** Paths whose values are not all equal, with the value of each scenario in order. */
export function findDifferences(compared: readonly ComparedScenario[]): Difference[] {
  const paths: [string, (c: ComparedScenario) => unknown][] = [
    ...SCENARIO_SETTING_KEYS.map((key) => [`settings.${key}`, (c: ComparedScenario) => c.settings[key]] as [string, (c: ComparedScenario) => unknown]),
    ...(["capexTotal", "opexTotal", "oreProcessedTotalT", "payableMetalTotalUnits"] as const).map(
      (key) => [`keyInputs.${key}`, (c: ComparedScenario) => c.keyInputs[key]] as [string, (c: ComparedScenario) => unknown],
    ),
  ];
  return paths.flatMap(([path, read]) => {
    const values = compared.map(read);
    const distinct = new Set(values.map((value) => JSON.stringify(value)));
    return distinct.size > 1 ? [{ path, values }] : [];
  });
}

/**
 * Compares effective scenarios of one project.
 * @throws AppError (422) SCENARIO_PROJECT_MISMATCH / _STATUS_INVALID / _CURRENCY_MISMATCH / _TIMELINE_DISJOINT / _RESOURCE_MISMATCH
 */
export function compareScenarios(projectId: string, effectives: readonly EffectiveScenario[]): ScenarioComparison {
  assertComparable(projectId, effectives.map(toCompareCandidate));
  const scenarios = effectives.map(compareOne);
  return { projectId, currency: effectives[0]?.settings.currency ?? null, scenarios, differences: findDifferences(scenarios) };
}
