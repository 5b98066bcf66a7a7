import { describe, expect, it } from "vitest";
import { bindOverrides, compileModel, createScratch, evaluateModel } from "../model";
import { percentile, spearman } from "../stats";
import { createChunkEvaluator } from "./evaluate-chunk";
import { prepareRun } from "./prepare-run";
import { runMonteCarlo } from "./run-monte-carlo";
import { buildLinearInputs, buildMixedSpec, PRICE_MEAN_USD_PER_LB, PRICE_SD_USD_PER_LB, PRICE_VARIABLE } from "../../../tests/support/engine-specs";
import type { MetricResult, MonteCarloResult } from "./types";

function npvAtPrice(inputs: unknown, price: number): number {
  const model = compileModel(inputs);
  const binding = bindOverrides(model, [PRICE_VARIABLE.override]);
  return evaluateModel(model, binding, Float64Array.of(price), createScratch(model)).npv;
}

function metricOf(result: MonteCarloResult, metric: MetricResult["metric"]): MetricResult {
  const m = result.metrics.find((x) => x.metric === metric);
  if (!m) throw new Error(`no ${metric}`);
  return m;
}

describe("runMonteCarlo: analytic linear case", () => {
  const inputs = buildLinearInputs();
  // NPV = a + b·price exactly (no tax, royalty or working capital), so with price ~ N(μ, σ):
  // E[NPV] = a + b·μ and sd[NPV] = |b|·σ.
  const b = (npvAtPrice(inputs, 5) - npvAtPrice(inputs, 3)) / 2;
  const a = npvAtPrice(inputs, 3) - 3 * b;
  const expectedMean = a + b * PRICE_MEAN_USD_PER_LB;
  const expectedSd = Math.abs(b) * PRICE_SD_USD_PER_LB;

  it.each(["monte-carlo", "latin-hypercube"] as const)("NPV mean and sd are within four standard errors of the closed form (%s)", async (sampler) => {
    const n = 40_000;
    const result = await runMonteCarlo({ inputs, variables: [PRICE_VARIABLE], iterations: n, seed: 11, sampler, metrics: ["npv"] }, { workers: 0 });
    const npv = metricOf(result, "npv");
    expect(npvAtPrice(inputs, 4.5) - (a + 4.5 * b)).toBeCloseTo(0, 2);
    expect(Math.abs(npv.mean - expectedMean)).toBeLessThan(4 * (expectedSd / Math.sqrt(n)));
    expect(Math.abs(npv.sd - expectedSd)).toBeLessThan(4 * (expectedSd / Math.sqrt(2 * (n - 1))));
    expect(npv.count).toBe(n);
  });
});

describe("runMonteCarlo: sampling through the runner", () => {
  it("achieves the target rank correlations within 0.03", () => {
    const run = prepareRun(buildMixedSpec({ iterations: 16_384, sensitivitySampleSize: 16_384 }));
    const partial = createChunkEvaluator(run).evaluate(0, 16_384);
    const [price, , capex, milling, recovery] = partial.sensitivity?.inputs ?? [];
    if (!price || !capex || !milling || !recovery) throw new Error("missing sensitivity rows");
    expect(spearman(price, capex)).toBeCloseTo(0.6, 1);
    expect(Math.abs(spearman(price, capex) - 0.6)).toBeLessThan(0.03);
    expect(Math.abs(spearman(milling, recovery) + 0.4)).toBeLessThan(0.03);
    expect(Math.abs(spearman(price, recovery))).toBeLessThan(0.03);
  });

  it("puts exactly one Latin hypercube point in each of the N strata", () => {
    const n = 8192;
    const spec = { inputs: buildLinearInputs(), iterations: n, seed: 5, sampler: "latin-hypercube" as const, sensitivitySampleSize: n,
      variables: [{ ...PRICE_VARIABLE, distribution: { type: "uniform" as const, min: 0, max: 1 } }] };
    const partial = createChunkEvaluator(prepareRun(spec)).evaluate(0, n);
    const u = partial.sensitivity?.inputs[0] ?? new Float64Array(0);
    const strata = new Uint8Array(n);
    for (const x of u) strata[Math.floor(x * n)] = (strata[Math.floor(x * n)] ?? 0) + 1;
    expect(strata.every((c) => c === 1)).toBe(true);
  });
});

describe("runMonteCarlo: results", () => {
  it("counts iterations without an IRR instead of dropping them", async () => {
    const spec = { inputs: buildLinearInputs(), iterations: 10_000, seed: 3, sampler: "monte-carlo" as const, keepSamples: true,
      variables: [{ ...PRICE_VARIABLE, distribution: { type: "uniform" as const, min: 0, max: 6 } }] };
    const result = await runMonteCarlo(spec, { workers: 0 });
    const irr = metricOf(result, "irr");
    const values = result.samples?.irr ?? new Float64Array(0);
    const missing = values.filter((x) => !Number.isFinite(x)).length;
    expect(missing).toBeGreaterThan(100);
    expect(irr.nonFiniteCount).toBe(missing);
    expect(irr.count + irr.nonFiniteCount).toBe(10_000);
    expect(metricOf(result, "payback").nonFiniteCount).toBeGreaterThan(0);
  });

  it("reports exact type-7 percentiles, and sketch percentiles within the sketch accuracy", async () => {
    const spec = buildMixedSpec({ iterations: 12_000, keepSamples: true, percentiles: [0.01, 0.05, 0.5, 0.9, 0.99] });
    const exact = await runMonteCarlo(spec, { workers: 0 });
    const sorted = Float64Array.from(exact.samples?.npv ?? []).sort();
    const npv = metricOf(exact, "npv");
    for (const { p, value } of npv.percentiles) expect(value).toBe(percentile(sorted, p));
    expect(npv.valueAtRisk.value).toBe(percentile(sorted, 0.05));
    expect(npv.probabilityOfLoss).toBe(sorted.filter((x) => x < 0).length / sorted.length);
    const sketched = metricOf(await runMonteCarlo({ ...spec, keepSamples: false, exactQuantileLimit: 0, sketchAccuracy: 0.002 }, { workers: 0 }), "npv");
    expect(sketched.quantileMethod).toBe("sketch");
    expect(sketched.mean).toBe(npv.mean);
    expect(sketched.probabilityOfLoss).toBe(npv.probabilityOfLoss);
    sketched.percentiles.forEach(({ p, value }) => {
      const lo = sorted[Math.floor(p * (sorted.length - 1))] ?? NaN;
      expect(Math.abs(value - lo)).toBeLessThanOrEqual(0.002 * Math.abs(lo) * 1.0001);
    });
  });

  it("ranks the price first in the tornado and gives swings from P10 to P90", async () => {
    const result = await runMonteCarlo(buildMixedSpec({ iterations: 8192 }), { workers: 0 });
    expect(result.sensitivity.spearman[0]?.id).toBe("price");
    expect(result.sensitivity.regression?.coefficients[0]?.id).toBe("price");
    const price = result.sensitivity.swings.bars.find((b) => b.id === "price");
    expect(price?.npvAtHigh).toBeGreaterThan(result.sensitivity.swings.baseNpv);
    expect(price?.npvAtLow).toBeLessThan(result.sensitivity.swings.baseNpv);
  });
});
