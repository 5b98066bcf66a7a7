import { describe, expect, it } from "vitest";
import type { DiscountTiming, PeriodZeroTiming, ValuationDate } from "../finance";
import { computeCashFlowTable, type ModelOverride, type ScenarioModelInputs } from "../model";
import { withChanges } from "../model/test-fixtures";
import { runMonteCarlo } from "./run-monte-carlo";
import type { MonteCarloResult, MonteCarloVariable } from "./types";

// The Monte Carlo runner under each valuation convention: with variables that never vary, every iteration must give the
// deterministic cash-flow table's NPV and discounted payback for the same convention (and, with the rate as a
// variable, the table's figures at that rate). The runner's hot path builds its factors by a chain (one power per
// iteration), the table's metrics by Horner and Math.pow: two independent routes to the same definition.

const ITERATIONS = 256;

type Combination = [ValuationDate, DiscountTiming, PeriodZeroTiming];
const COMBINATIONS: Combination[] = [
  ["start_of_period_0", "end", "with_timing"],
  ["start_of_period_0", "mid", "with_timing"],
  ["start_of_period_0", "end", "at_valuation_date"],
  ["start_of_period_0", "mid", "at_valuation_date"],
  ["end_of_period_0", "mid", "at_valuation_date"],
  ["start_of_production", "end", "with_timing"],
  ["start_of_production", "mid", "with_timing"],
];

function fixed(id: string, value: number, override: ModelOverride): MonteCarloVariable {
  return { id, name: id, distribution: { type: "fixed", value }, override };
}

const withConvention = ([valuationDate, discounting, periodZeroTiming]: Combination, ratePct = 8): ScenarioModelInputs =>
  withChanges((i) => void Object.assign(i.economics, { valuationDate, discounting, periodZeroTiming, discountRatePct: ratePct }));

async function samplesOf(inputs: ScenarioModelInputs, variable: MonteCarloVariable): Promise<NonNullable<MonteCarloResult["samples"]>> {
  const spec = { inputs, variables: [variable], iterations: ITERATIONS, seed: 11, sampler: "monte-carlo" as const, metrics: ["npv" as const, "discounted_payback" as const], keepSamples: true };
  const result = await runMonteCarlo(spec, { workers: 0 });
  if (!result.samples) throw new Error("keepSamples returned no samples");
  return result.samples;
}

function expectEvery(samples: Float64Array | undefined, expected: number, digits: number): void {
  expect(samples).toHaveLength(ITERATIONS);
  for (const value of samples ?? []) expect(value).toBeCloseTo(expected, digits);
}

describe.each(COMBINATIONS)("Monte Carlo NPV valued at %s, %s timing, period 0 %s", (...combination) => {
  it("equals the deterministic NPV and discounted payback in every iteration", async () => {
    const inputs = withConvention(combination);
    const { metrics } = computeCashFlowTable(inputs);
    const samples = await samplesOf(inputs, fixed("price", 1, { target: "price", mode: "factor", scope: "per_iteration" }));
    expectEvery(samples.npv, metrics.npv, 4);
    expectEvery(samples.discounted_payback, metrics.discountedPayback.reached ? metrics.discountedPayback.years : NaN, 9);
  });

  it("discounts at the iteration's rate when the rate is a variable (15 % instead of 8 %)", async () => {
    const { metrics } = computeCashFlowTable(withConvention(combination, 15));
    const samples = await samplesOf(withConvention(combination), fixed("rate", 15, { target: "discount_rate", mode: "absolute", scope: "per_iteration" }));
    expectEvery(samples.npv, metrics.npv, 4);
    expectEvery(samples.discounted_payback, metrics.discountedPayback.reached ? metrics.discountedPayback.years : NaN, 9);
  });
});
