import { describe, expect, it } from "vitest";
import { discountedPayback } from "../finance";
import { computeCashFlowTable, type ModelOverride, type ScenarioModelInputs } from "../model";
import { buildGoldenInputs, withChanges } from "../model/test-fixtures";
import { createChunkEvaluator } from "./evaluate-chunk";
import { prepareRun } from "./prepare-run";
import { runMonteCarlo } from "./run-monte-carlo";
import type { MetricResult, MonteCarloResult, MonteCarloSpec, MonteCarloVariable } from "./types";

// The Monte Carlo per-iteration discounted payback (evaluateModel → computeDiscountedPaybackYears on the
// iteration's factor table) against the deterministic one (cash-flow table → discountedPayback). Years from the
// start of period 0; NaN in an iteration (counted in nonFiniteCount) where the deterministic result is "not reached".

const ITERATIONS = 256;

/** A variable that never varies: every iteration evaluates the model with `value`. */
function fixed(id: string, value: number, override: ModelOverride): MonteCarloVariable {
  return { id, name: id, distribution: { type: "fixed", value }, override };
}
const PRICE_FACTOR_ONE = fixed("price", 1, { target: "price", mode: "factor", scope: "per_iteration" });

async function zeroVarianceRun(inputs: ScenarioModelInputs, variables: MonteCarloVariable[] = [PRICE_FACTOR_ONE]): Promise<MonteCarloResult> {
  const spec: MonteCarloSpec = { inputs, variables, iterations: ITERATIONS, seed: 7, sampler: "monte-carlo", metrics: ["discounted_payback", "payback"], keepSamples: true };
  return runMonteCarlo(spec, { workers: 0 });
}

function metricOf(result: MonteCarloResult, metric: MetricResult["metric"]): MetricResult {
  const found = result.metrics.find((m) => m.metric === metric);
  if (!found) throw new Error(`no ${metric}`);
  return found;
}

/** The deterministic discounted payback (years; NaN when not reached) of the scenario's cash-flow table. */
function deterministicYears(inputs: ScenarioModelInputs): number {
  const result = computeCashFlowTable(inputs).metrics.discountedPayback;
  return result.reached ? result.years : NaN;
}

describe("Monte Carlo discounted payback: zero-variance model", () => {
  it("every iteration equals the deterministic discounted payback of the golden mine", async () => {
    const inputs = buildGoldenInputs();
    const expected = deterministicYears(inputs);
    // Recomputed from the table's flows at 8 %: the deterministic metric is the kernel on these flows.
    const flows = computeCashFlowTable(inputs).rows.map((r) => r.afterTaxCashFlow);
    expect(discountedPayback(flows, 0.08)).toEqual({ reached: true, years: expected });
    // Discounting delays the payback: it lies after the undiscounted one and inside the project (8 periods).
    const undiscounted = computeCashFlowTable(inputs).metrics.payback;
    expect(undiscounted.reached && expected > undiscounted.years && expected < 8).toBe(true);

    const result = await zeroVarianceRun(inputs);
    const samples = result.samples?.discounted_payback ?? new Float64Array(0);
    expect(samples).toHaveLength(ITERATIONS);
    for (const years of samples) expect(years).toBeCloseTo(expected, 9);
    const summary = metricOf(result, "discounted_payback");
    expect(summary.count).toBe(ITERATIONS);
    expect(summary.nonFiniteCount).toBe(0);
    expect(summary.mean).toBeCloseTo(expected, 9);
    expect(summary.percentiles.every((p) => Math.abs(p.value - expected) < 1e-9)).toBe(true);
    // The two payback metrics are kept apart (a swapped read in the evaluator would show here).
    expect(metricOf(result, "payback").mean).toBeCloseTo(undiscounted.reached ? undiscounted.years : NaN, 9);
  });

  it("is the same with mid-period discounting (every factor times (1 + r)^0.5)", async () => {
    const inputs = withChanges((x) => void (x.economics.discounting = "mid"));
    const expected = deterministicYears(inputs);
    expect(expected).toBeCloseTo(deterministicYears(buildGoldenInputs()), 10);
    const samples = (await zeroVarianceRun(inputs)).samples?.discounted_payback ?? new Float64Array(0);
    for (const years of samples) expect(years).toBeCloseTo(expected, 9);
  });

  it("discounts at the iteration's rate when the discount rate is a (fixed) variable", async () => {
    // Scenario at 8 %, the variable sets 15 %: the answer must be the 15 % scenario's, not the 8 % one.
    const at15 = deterministicYears(withChanges((x) => void (x.economics.discountRatePct = 15)));
    expect(at15).toBeGreaterThan(deterministicYears(buildGoldenInputs()) + 0.1);
    const rate = fixed("rate", 15, { target: "discount_rate", mode: "absolute", scope: "per_iteration" });
    const samples = (await zeroVarianceRun(buildGoldenInputs(), [rate])).samples?.discounted_payback ?? new Float64Array(0);
    expect(samples).toHaveLength(ITERATIONS);
    for (const years of samples) expect(years).toBeCloseTo(at15, 9);
  });

  it("counts every iteration as not reached when a closure cost turns the cumulative negative again", async () => {
    // The golden mine pays back in period 6; a 60 M closure in its last period undoes it.
    const inputs = withChanges((x) => void (x.closure.closureCost = 60_000_000));
    expect(computeCashFlowTable(inputs).metrics.discountedPayback).toEqual({ reached: false });
    const result = await zeroVarianceRun(inputs);
    expect(Array.from(result.samples?.discounted_payback ?? []).every(Number.isNaN)).toBe(true);
    expect(metricOf(result, "discounted_payback")).toMatchObject({ count: 0, nonFiniteCount: ITERATIONS });
  });

  it("counts every iteration as not reached when the mine never earns its capital back", async () => {
    const halfPrice = fixed("price", 0.5, { target: "price", mode: "factor", scope: "per_iteration" });
    expect(deterministicYears(withChanges((x) => void (x.commodity.price = 2)))).toBeNaN();
    const result = await zeroVarianceRun(buildGoldenInputs(), [halfPrice]);
    expect(metricOf(result, "discounted_payback")).toMatchObject({ count: 0, nonFiniteCount: ITERATIONS });
  });
});

describe("Monte Carlo discounted payback: each sampled iteration", () => {
  it("equals the deterministic discounted payback of the scenario at that iteration's price", () => {
    const count = 32;
    const price: MonteCarloVariable = { id: "price", name: "Copper price", distribution: { type: "uniform", min: 2.6, max: 5.5 }, override: { target: "price", mode: "absolute", scope: "per_iteration" } };
    const run = prepareRun({ inputs: buildGoldenInputs(), variables: [price], iterations: count, seed: 3, sampler: "monte-carlo", metrics: ["npv", "discounted_payback"], sensitivitySampleSize: count });
    const partial = createChunkEvaluator(run).evaluate(0, count);
    const prices = partial.sensitivity?.inputs[0] ?? new Float64Array(0);
    const years = partial.metrics[run.metrics.indexOf("discounted_payback")]?.values ?? new Float64Array(0);
    expect(prices).toHaveLength(count);
    let reached = 0;
    for (let i = 0; i < count; i++) {
      const expected = deterministicYears(withChanges((x) => void (x.commodity.price = prices[i] ?? NaN)));
      if (Number.isNaN(expected)) expect(years[i]).toBeNaN();
      else {
        reached += 1;
        expect(years[i]).toBeCloseTo(expected, 8);
      }
    }
    // The price range spans both outcomes, so both branches were checked.
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(count);
  });
});
