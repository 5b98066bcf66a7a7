import type { MetricResultOutput, SensitivityOutput, SimulationDetailOutput, SimulationRunOutput } from "@/lib/http/contracts/simulations";
import type { MetricView, RunResultsView, RunSummaryView, RunView, SensitivityView } from "./types";

// The API's JSON (lib/http/contracts/simulations.ts) → the view shapes the components draw. JSON has no NaN or
// ±Infinity: such numbers arrive as null (their meaning in `nonFinite`); here they become NaN, which every
// formatter shows as "—" and every chart skips.

function num(value: number | null): number {
  return value ?? Number.NaN;
}

function finitePoints<T extends { value: number }>(points: T[]): T[] {
  return points.filter((point) => Number.isFinite(point.value));
}

export function toMetricView(result: MetricResultOutput): MetricView {
  return {
    metric: result.metric,
    count: result.count,
    nonFiniteCount: result.nonFiniteCount,
    mean: num(result.mean),
    sd: num(result.sd),
    min: num(result.min),
    max: num(result.max),
    percentiles: result.percentiles.map((entry) => ({ p: entry.percent / 100, value: num(entry.value) })).sort((a, b) => a.p - b.p),
    valueAtRisk: { level: result.valueAtRisk.level, value: num(result.valueAtRisk.value) },
    expectedShortfall: num(result.expectedShortfall.value),
    probabilityOfLoss: result.probabilityOfLoss,
    histogram: result.histogram.counts.length > 0 ? { edges: result.histogram.edges.map(num), counts: result.histogram.counts } : null,
    sCurve: finitePoints(result.sCurve.map((point) => ({ probability: point.probability, value: num(point.value) }))),
    convergence: result.convergence.map((point) => ({
      iterations: point.iterations,
      mean: num(point.mean),
      meanStandardError: num(point.meanStandardError),
      p50: num(point.p50),
      p50StandardError: num(point.p50StandardError),
    })),
  };
}

export function toSensitivityView(sensitivity: SensitivityOutput): SensitivityView {
  const bar = (entry: { id: string; name: string; value: number | null }) => ({ id: entry.id, name: entry.name, value: num(entry.value) });
  return {
    sampleSize: sensitivity.sampleSize,
    spearman: sensitivity.spearman.map(bar).filter((entry) => Number.isFinite(entry.value)),
    regression: sensitivity.regression ? { coefficients: sensitivity.regression.coefficients.map(bar).filter((entry) => Number.isFinite(entry.value)), rSquared: num(sensitivity.regression.rSquared) } : null,
    excluded: sensitivity.excluded,
    swings: {
      baseNpv: num(sensitivity.swings.baseNpv),
      bars: sensitivity.swings.bars.map((entry) => ({ id: entry.id, name: entry.name, low: num(entry.low), high: num(entry.high), npvAtLow: num(entry.npvAtLow), npvAtHigh: num(entry.npvAtHigh), swing: num(entry.swing) })),
    },
  };
}

const METRIC_ORDER = ["npv", "irr", "payback", "discounted_payback"] as const;

export function toRunSummaryView(run: SimulationRunOutput, npvP50: number | null = null): RunSummaryView {
  return {
    id: run.id,
    scenarioId: run.scenarioId,
    status: run.status,
    progress: run.progress,
    iterations: run.iterations,
    sampler: run.sampler,
    seed: run.seed,
    createdAt: run.createdAt,
    startedAt: run.timings.startedAt,
    finishedAt: run.timings.finishedAt,
    durationMs: run.timings.durationMs,
    errorMessage: run.errorMessage,
    createdByName: run.createdBy?.name ?? null,
    inputHash: run.inputHash,
    engineVersion: run.engineVersion,
    npvP50,
  };
}

function toResults(run: SimulationDetailOutput): RunResultsView | null {
  if (!run.results) return null;
  const metrics = run.results.map(toMetricView).sort((a, b) => METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric));
  return {
    metrics,
    sensitivity: run.sensitivity ? toSensitivityView(run.sensitivity) : null,
    correlationWarnings: run.correlationWarnings,
    hasSamples: run.results.some((metric) => metric.hasSamples),
    iterationsRun: run.iterationsRun ?? run.iterations,
    convergence: run.convergence ? { ...run.convergence, iterations: run.iterations, stoppedEarly: run.stoppedEarly ?? false } : null,
    priceMismatches: (run.priceMismatches ?? []).map(({ variableId, message }) => ({ variableId, message })),
    deterministic: run.deterministic ?? null,
  };
}

export function toRunView(run: SimulationDetailOutput): RunView {
  const results = toResults(run);
  const npv = results?.metrics.find((metric) => metric.metric === "npv");
  const p50 = npv?.percentiles.find((entry) => Math.abs(entry.p - 0.5) < 1e-9)?.value ?? null;
  return { ...toRunSummaryView(run, p50), results };
}
