import { describe, expect, it } from "vitest";
import { readP50 } from "@/lib/simulations/run-summaries";
import type { MetricResultOutput } from "@/lib/http/contracts/simulations";
import { formatProgress } from "@/app/ui/format";
import { toMetricView } from "./from-contract";
import { INITIAL_CONVERGENCE } from "./convergence-input";
import { compareRuns } from "./rerun-verdict";
import { parsePercentiles, parseRunForm } from "./run-form-input";
import type { MetricView, RunView } from "./types";

const FORM = { iterations: "5000", sampler: "latin_hypercube", seed: "42", percentiles: "5, 50, 95", keepSamples: false, convergence: INITIAL_CONVERGENCE };

describe("run form input", () => {
  it("turns the form into the API body, percentiles sorted, a blank seed left out", () => {
    expect(parseRunForm(FORM)).toEqual({ ok: true, body: { iterations: 5000, sampler: "latin_hypercube", seed: 42, percentiles: [5, 50, 95], keepSamples: false } });
    expect(parseRunForm({ ...FORM, seed: " ", iterations: "1,000", percentiles: "95 p5" })).toEqual({ ok: true, body: { iterations: 1000, sampler: "latin_hypercube", seed: undefined, percentiles: [5, 95], keepSamples: false } });
  });

  it("says what is wrong beside each field", () => {
    const parsed = parseRunForm({ ...FORM, iterations: "0", seed: "-1", percentiles: "5, 100", sampler: "other" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.iterations).toMatch(/^Between 1 and 1,000,000/);
    expect(parsed.errors.seed).toMatch(/^A whole number from 0/);
    expect(parsed.errors.percentiles).toContain("“100” is not a percentile");
    expect(parsed.errors.sampler).toBe("Choose a sampler.");
  });

  it("refuses repeated percentiles and accepts none (the defaults)", () => {
    expect(parsePercentiles("5, 5")).toBe("Give each percentile once.");
    expect(parsePercentiles("")).toBeUndefined();
  });
});

describe("progress text", () => {
  it("reads as the progress bar's text", () => {
    expect(formatProgress(0.42, 100_000)).toBe("42 % — 42,000 of 100,000 iterations");
    expect(formatProgress(1, 5000)).toBe("100 % — 5,000 of 5,000 iterations");
  });
});

describe("contract to view", () => {
  it("turns nulls (non-finite in JSON) into NaN and percents into probabilities", () => {
    const output = {
      metric: "irr", unit: "fraction per year", count: 9, nonFiniteCount: 1, mean: 0.1, sd: null, standardError: 0.01, min: 0.05, max: 0.2,
      percentiles: [{ key: "p95", percent: 95, value: 0.19 }, { key: "p5", percent: 5, value: null }],
      valueAtRisk: { level: 0.05, value: 0.06 }, expectedShortfall: { level: 0.05, value: 0.055 }, probabilityOfLoss: null,
      histogram: { edges: [0, 1], counts: [9] }, sCurve: [{ probability: 0, value: null }, { probability: 1, value: 0.2 }], convergence: [],
      quantileMethod: "exact", hasSamples: false, nonFinite: { sd: "NaN", "percentiles.1.value": "NaN", "sCurve.0.value": "NaN" },
    } satisfies MetricResultOutput;
    const view = toMetricView(output);
    expect(view.sd).toBeNaN();
    expect(view.percentiles.map((entry) => entry.p)).toEqual([0.05, 0.95]);
    expect(view.percentiles[0]?.value).toBeNaN();
    expect(view.sCurve).toEqual([{ probability: 1, value: 0.2 }]);
  });
});

describe("rerun verdict", () => {
  const metric: MetricView = {
    metric: "npv", count: 2, nonFiniteCount: 0, mean: 1, sd: 0.5, min: 0.5, max: 1.5, percentiles: [{ p: 0.5, value: 1 }],
    valueAtRisk: null, expectedShortfall: null, probabilityOfLoss: 0, histogram: null, sCurve: [], convergence: [],
  };
  const run: RunView = {
    id: "a", scenarioId: "s", status: "succeeded", progress: 1, iterations: 2, sampler: "monte_carlo", seed: 42, createdAt: "", startedAt: null, finishedAt: null,
    durationMs: 1, errorMessage: null, createdByName: null, inputHash: "h", engineVersion: "1", npvP50: 1,
    results: { metrics: [metric], sensitivity: null, correlationWarnings: [], hasSamples: false, iterationsRun: 2, convergence: null, priceMismatches: [], deterministic: null },
  };

  it("is identical only when every statistic is equal bit for bit, with the same inputs and seed", () => {
    expect(compareRuns(run, { ...run, id: "b" })).toEqual({ isIdentical: true, sameInputs: true, differences: [] });
    const nudged = { ...run, id: "b", results: { metrics: [{ ...metric, percentiles: [{ p: 0.5, value: 1 + Number.EPSILON }] }], sensitivity: null, correlationWarnings: [], hasSamples: false, iterationsRun: 2, convergence: null, priceMismatches: [], deterministic: null } };
    expect(compareRuns(run, nudged)).toMatchObject({ isIdentical: false, differences: ["npv P50"] });
    expect(compareRuns(run, { ...run, id: "b", inputHash: "other" }).isIdentical).toBe(false);
  });
});

describe("P50 from stored statistics", () => {
  it("reads a record or a list of percentiles", () => {
    expect(readP50({ percentiles: { p5: 1, p50: 2 } })).toBe(2);
    expect(readP50({ percentiles: [{ key: "p50", percent: 50, value: 3 }] })).toBe(3);
    expect(readP50({ percentiles: { p50: null } })).toBeNull();
    expect(readP50(null)).toBeNull();
  });
});
