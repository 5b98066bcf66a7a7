/** Run specs shared by the Monte Carlo tests (not a test file itself). */
import { buildGoldenInputs, withChanges } from "../../lib/engine/model/test-fixtures";
import type { MonteCarloSpec, MonteCarloVariable } from "../../lib/engine/monte-carlo/types";

export const PRICE_MEAN_USD_PER_LB = 4;
export const PRICE_SD_USD_PER_LB = 0.5;

/** The golden mine without royalty, tax or working capital: NPV is affine in the price. */
export function buildLinearInputs() {
  return withChanges((x) => {
    x.royalties = { nsrPct: 0, grossRevenuePct: 0, perUnitProduced: 0, minimumPerPeriod: 0 };
    x.tax.incomeTaxRatePct = 0;
    x.workingCapital = { receivableDays: 0, payableDays: 0 };
  });
}

export const PRICE_VARIABLE: MonteCarloVariable = {
  id: "copper-price",
  name: "Copper price",
  distribution: { type: "normal", mean: PRICE_MEAN_USD_PER_LB, sd: PRICE_SD_USD_PER_LB },
  override: { target: "price", mode: "absolute", scope: "per_iteration" },
};

/** A mixed run: lognormal price, per-period grade, PERT capex, triangular opex, correlations. */
export function buildMixedSpec(overrides: Partial<MonteCarloSpec> = {}): MonteCarloSpec {
  return {
    inputs: buildGoldenInputs(),
    iterations: 20_000,
    seed: 20260501,
    sampler: "latin-hypercube",
    variables: [
      { id: "price", name: "Copper price", distribution: { type: "lognormal-mean-sd", mean: 4, sd: 0.7 }, override: { target: "price", mode: "absolute", scope: "per_iteration" } },
      { id: "grade", name: "Head grade", distribution: { type: "normal", mean: 1, sd: 0.06 }, override: { target: "head_grade", mode: "factor", scope: "per_period" } },
      { id: "capex", name: "Capex", distribution: { type: "pert", min: 0.9, mode: 1, max: 1.35 }, override: { target: "capex_total", mode: "factor", scope: "per_iteration" } },
      { id: "milling", name: "Milling cost", distribution: { type: "triangular", min: 8, mode: 9, max: 11.5 }, override: { target: "opex_item", ref: "milling", mode: "absolute", scope: "per_iteration" } },
      { id: "recovery", name: "Recovery", distribution: { type: "uniform", min: 0.97, max: 1.02 }, override: { target: "recovery", mode: "factor", scope: "per_iteration" } },
    ],
    correlations: [
      { a: "price", b: "capex", rho: 0.6 },
      { a: "milling", b: "recovery", rho: -0.4 },
    ],
    ...overrides,
  };
}
