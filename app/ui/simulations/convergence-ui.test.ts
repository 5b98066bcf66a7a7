import { describe, expect, it } from "vitest";
import { CONVERGENCE_LIMITS } from "@/lib/http/contracts/simulations";
import { CONVERGENCE_FORM_LIMITS, INITIAL_CONVERGENCE } from "./convergence-input";
import { describeConvergence, stoppedEarlyProgressText } from "./convergence-outcome";
import { parseRunForm, reformatRunValues, type RunFormValues } from "./run-form-input";
import type { ConvergenceOutcomeView, MetricView } from "./types";

const FORM: RunFormValues = { iterations: "100000", sampler: "latin_hypercube", seed: "7", percentiles: "", keepSamples: false, convergence: INITIAL_CONVERGENCE };
const ON = { ...INITIAL_CONVERGENCE, isOn: true };

describe("the run form's Stop early when converged", () => {
  it("repeats the API's limits", () => {
    expect(CONVERGENCE_FORM_LIMITS).toEqual(CONVERGENCE_LIMITS);
  });

  it("is off by default and then sends no convergence at all", () => {
    const parsed = parseRunForm({ ...FORM, convergence: { ...INITIAL_CONVERGENCE, tolerancePct: "nonsense" } });
    expect(parsed).toEqual({ ok: true, body: { iterations: 100_000, sampler: "latin_hypercube", seed: 7, percentiles: undefined, keepSamples: false } });
  });

  it("sends the statistic, the tolerance in percent and the minimum when ticked", () => {
    const parsed = parseRunForm({ ...FORM, convergence: { ...ON, statistic: "p50", tolerancePct: " 0.25 ", minIterations: "20,000" } });
    expect(parsed).toMatchObject({ ok: true, body: { convergence: { statistic: "p50", relativeTolerancePct: 0.25, minIterations: 20_000 } } });
  });

  it("says what is wrong beside each field, under the API's field names", () => {
    const parsed = parseRunForm({ ...FORM, iterations: "5000", convergence: { ...ON, statistic: "max", tolerancePct: "0", minIterations: "10000" } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      "convergence.statistic": "Choose the mean or the P50 of NPV.",
      "convergence.relativeTolerancePct": "Above 0 % and at most 10 % of the value.",
      "convergence.minIterations": "At most the run's 5,000 iterations: lower it or run more iterations.",
    });
    const small = parseRunForm({ ...FORM, convergence: { ...ON, tolerancePct: "11", minIterations: "999" } });
    expect(small.ok ? {} : small.errors).toEqual({ "convergence.relativeTolerancePct": "Above 0 % and at most 10 % of the value.", "convergence.minIterations": "At least 1,000 iterations." });
  });
});

/** An NPV whose last convergence point (at `at` iterations) has the given estimates and standard errors. */
function npvWith(at: number, point: { mean: number; meanStandardError: number; p50: number; p50StandardError: number }): MetricView {
  return {
    metric: "npv", count: at, nonFiniteCount: 0, mean: point.mean, sd: 1, min: 0, max: 1, percentiles: [], valueAtRisk: null, expectedShortfall: null,
    probabilityOfLoss: 0, histogram: null, sCurve: [], convergence: [{ iterations: 10_000, mean: 1, meanStandardError: 1, p50: 1, p50StandardError: 1 }, { iterations: at, ...point }],
  };
}

describe("what the results say about the auto-stop", () => {
  const outcome: ConvergenceOutcomeView = { statistic: "mean", relativeTolerancePct: 0.5, minIterations: 10_000, iterations: 100_000, stoppedEarly: true };

  it("names where a run stopped and the figure it reached", () => {
    const npv = npvWith(20_000, { mean: -200e6, meanStandardError: 0.94e6, p50: 1, p50StandardError: 1 });
    expect(describeConvergence(outcome, 20_000, npv)).toBe("Stopped at 20,000 of 100,000 iterations: the mean NPV's standard error reached 0.5 % of its value (0.47 %).");
    expect(stoppedEarlyProgressText({ iterationsRun: 20_000, convergence: outcome })).toBe("Converged — stopped at 20,000 of 100,000 iterations");
  });

  it("says a run that ran all its iterations missed the target, by how much, for the P50 too", () => {
    const npv = npvWith(100_000, { mean: 1, meanStandardError: 1, p50: 250e6, p50StandardError: 2e6 });
    const p50 = { ...outcome, statistic: "p50" as const, stoppedEarly: false };
    expect(describeConvergence(p50, 100_000, npv)).toBe("Ran all 100,000 iterations; the NPV P50's standard error is 0.8 % of its value (target 0.5 %).");
    expect(stoppedEarlyProgressText({ iterationsRun: 100_000, convergence: p50 })).toBeUndefined();
    expect(describeConvergence(p50, 100_000, undefined)).toBe("Ran all 100,000 iterations; the NPV P50's standard error could not be measured as a share of its value (target 0.5 %).");
  });
});

describe("the run form under a decimal comma", () => {
  it("reads the tolerance and percentiles with a comma, percentiles separated by semicolons", () => {
    const parsed = parseRunForm({ ...FORM, percentiles: "2,5; 50 97,5", convergence: { ...ON, tolerancePct: "0,25", minIterations: "20.000" } }, ",");
    expect(parsed).toMatchObject({ ok: true, body: { percentiles: [2.5, 50, 97.5], convergence: { relativeTolerancePct: 0.25, minIterations: 20_000 } } });
  });

  it("refuses 1,2,3 as a tolerance with the parser's message", () => {
    const parsed = parseRunForm({ ...FORM, convergence: { ...ON, tolerancePct: "1,2,3" } }, ",");
    expect(parsed.ok ? {} : parsed.errors).toMatchObject({ "convergence.relativeTolerancePct": expect.stringContaining('"1,2,3" is not a number in your format (a decimal comma)') });
  });

  it("shows the defaults again in the comma format", () => {
    const shown = reformatRunValues({ ...FORM, percentiles: "5, 10, 50, 90, 95", convergence: ON }, ".", ",");
    expect([shown.percentiles, shown.convergence.tolerancePct]).toEqual(["5; 10; 50; 90; 95", "0,5"]);
  });
});
