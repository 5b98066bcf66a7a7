/**
 * The main thread's side of a run: accepts chunk partials in any order, tracks the contiguous
 * prefix of finished iterations, decides early stops at fixed checkpoints (iteration order only),
 * and builds the final result. Everything it merges is exact or placed by iteration index.
 */
import { prepareCorrelation } from "../sampling";
import { convergence, createQuantileSketch, createSummary, mergeSketch, mergeSummary, type ConvergencePoint, type QuantileSketch, type StreamingSummary } from "../stats";
import { buildExactMetricResult, buildSketchMetricResult, exactPoint, sketchConvergencePoint, type MetricSettings } from "./metric-results";
import type { ChunkPartial } from "./partials";
import { DEFAULT_MIN_CONVERGENCE_ITERATIONS, type PreparedRun } from "./prepare-run";
import { createPrefixMerge, type PrefixMerge } from "./prefix-merge";
import { computeSensitivity } from "./sensitivity-results";
import { sortedFiniteValues, type ValueRun } from "./sorted-runs";
import type { MonteCarloResult, SensitivityResult } from "./types";

export type Collector = {
  /** Stores a partial; returns true when the run may stop (all done, or converged). */
  accept(partial: ChunkPartial): boolean;
  /** Iterations finished (any order). */
  completed(): number;
  finish(): MonteCarloResult;
};

type MetricStore = {
  segments: StreamingSummary[];
  sketches: QuantileSketch[] | null;
  values: Float64Array | null;
  sortedRuns: ValueRun[];
  merge: PrefixMerge;
  /** Exact convergence points of the checkpoints before the last, computed once their iterations are in. */
  points: (ConvergencePoint | undefined)[];
};

function createStore(run: PreparedRun): MetricStore {
  const n = run.checkpoints.length;
  return {
    segments: Array.from({ length: n }, createSummary),
    sketches: run.isExact ? null : Array.from({ length: n }, () => createQuantileSketch(run.sketchAccuracy)),
    values: run.isExact ? new Float64Array(run.spec.iterations) : null,
    sortedRuns: [],
    merge: createPrefixMerge(run.spec.iterations),
    points: [],
  };
}

function prefixSummary(store: MetricStore, upTo: number): StreamingSummary {
  const s = createSummary();
  for (let j = 0; j <= upTo; j++) mergeSummary(s, store.segments[j] ?? createSummary());
  return s;
}

function prefixSketch(store: MetricStore, upTo: number, accuracy: number): QuantileSketch {
  const s = createQuantileSketch(accuracy);
  for (let j = 0; j <= upTo; j++) {
    const part = store.sketches?.[j];
    if (part) mergeSketch(s, part);
  }
  return s;
}

function describeWarnings(run: PreparedRun): string[] {
  if (!run.correlation) return [];
  const { warnings } = prepareCorrelation(run.correlation, { strict: run.spec.strictCorrelation });
  const idOf = (j: number): string => run.spec.variables[run.columns[j]?.variable ?? -1]?.id ?? `#${j}`;
  return warnings.map((w) => `correlation ${idOf(w.i)}/${idOf(w.j)} repaired from ${w.from} to ${w.to.toFixed(4)} (nearest positive semi-definite matrix)`);
}

/**
 * @example const c = createCollector(run); c.accept(evaluator.evaluate(0, 4096)); c.finish();
 */
export function createCollector(run: PreparedRun, options: { isEager?: boolean } = {}): Collector {
  // Off for a collector that merges stored partials in one go (chunk-api.ts): nothing runs beside it, and one that
  // is dropped (a leading merge that must wait) would do its eager work for nothing.
  const isEager = options.isEager ?? true;
  const stores = run.metrics.map(() => createStore(run));
  const sampleSize = run.sensitivitySampleSize;
  const sensitivityInputs = run.spec.variables.map(() => new Float64Array(sampleSize));
  const sensitivityNpv = new Float64Array(sampleSize);
  const done = new Map<number, number>();
  let completed = 0;
  let prefix = 0;
  let nextCheckpoint = 0;
  let stopAt = run.spec.iterations;
  let stoppedEarly = false;
  const warnings = describeWarnings(run);
  // The sensitivity of the full sample (rows 0 .. sampleSize − 1), computed once those rows are all in.
  let eagerSensitivity: SensitivityResult | null = null;
  let isEagerWorkQueued = false;
  let isFinished = false;

  /**
   * Merges sorted runs and computes the sensitivity as soon as their iterations are in, after the current message is
   * handled (a microtask: the pool has already handed the worker its next chunk), so the finish has little left.
   */
  const eagerWork = (): void => {
    isEagerWorkQueued = false;
    if (isFinished) return;
    for (const store of stores) {
      store.merge.advance(store.sortedRuns, Math.min(prefix, stopAt));
      // Checkpoints before the last only: the last one's point is computed by the finish as before.
      for (let j = 0; j < run.checkpoints.length - 1 && (run.checkpoints[j] ?? Infinity) <= prefix; j++) {
        if (store.values && !store.points[j]) store.points[j] = exactPoint(store.values, run.checkpoints[j] ?? 0, prefixSummary(store, j));
      }
    }
    if (!eagerSensitivity && !stoppedEarly && prefix >= sampleSize) eagerSensitivity = computeSensitivity(run, { inputs: sensitivityInputs, npv: sensitivityNpv });
  };

  const checkConvergence = (j: number): boolean => {
    const options = run.spec.convergence;
    const at = run.checkpoints[j] ?? 0;
    if (!options || at < (options.minIterations ?? DEFAULT_MIN_CONVERGENCE_ITERATIONS) || at >= run.spec.iterations) return false;
    const m = Math.max(0, run.metrics.indexOf(options.metric ?? "npv"));
    const store = stores[m];
    if (!store) return false;
    const point = store.values
      ? buildExactPoint(store.values.subarray(0, at), at)
      : sketchConvergencePoint(at, prefixSummary(store, j), prefixSketch(store, j, run.sketchAccuracy));
    const isP50 = options.statistic === "p50";
    const estimate = isP50 ? point.p50 : point.mean;
    const se = isP50 ? point.p50StandardError : point.meanStandardError;
    return se <= options.relativeTolerance * Math.abs(estimate);
  };

  const accept = (p: ChunkPartial): boolean => {
    p.metrics.forEach((m, k) => {
      const store = stores[k];
      if (!store) return;
      for (const seg of m.segments) {
        mergeSummary(store.segments[seg.segment] ?? createSummary(), seg.summary);
        const sketch = store.sketches?.[seg.segment];
        if (seg.sketch && sketch) mergeSketch(sketch, seg.sketch);
      }
      if (m.values && store.values) store.values.set(m.values, p.start);
      if (m.sorted && store.values) store.sortedRuns.push({ start: p.start, count: p.count, sorted: m.sorted });
    });
    if (p.sensitivity) {
      p.sensitivity.inputs.forEach((a, k) => sensitivityInputs[k]?.set(a, p.start));
      sensitivityNpv.set(p.sensitivity.npv, p.start);
    }
    completed += p.count;
    done.set(p.start, p.count);
    while (done.has(prefix)) prefix += done.get(prefix) ?? 0;
    while (nextCheckpoint < run.checkpoints.length && (run.checkpoints[nextCheckpoint] ?? Infinity) <= prefix) {
      if (checkConvergence(nextCheckpoint)) {
        stopAt = run.checkpoints[nextCheckpoint] ?? stopAt;
        stoppedEarly = true;
        return true;
      }
      nextCheckpoint++;
    }
    if (isEager && !isEagerWorkQueued) {
      isEagerWorkQueued = true;
      queueMicrotask(eagerWork);
    }
    return prefix >= run.spec.iterations;
  };

  const finish = (): MonteCarloResult => {
    isFinished = true;
    const rows = Math.min(stopAt, sampleSize);
    const sensitivity = rows === sampleSize ? eagerSensitivity : null;
    return buildResult(run, { stores, stopAt, stoppedEarly, warnings, sensitivityInputs, sensitivityNpv, sensitivity });
  };
  return { accept, completed: () => completed, finish };
}

function buildExactPoint(values: Float64Array, at: number): ConvergencePoint {
  return convergence(values, [at])[0] ?? { iterations: at, mean: Number.NaN, meanStandardError: Number.NaN, p50: Number.NaN, p50StandardError: Number.NaN };
}

type Merged = {
  stores: MetricStore[];
  stopAt: number;
  stoppedEarly: boolean;
  warnings: string[];
  sensitivityInputs: Float64Array[];
  sensitivityNpv: Float64Array;
  /** Computed while the run went on (the same bits), or null: computed here. */
  sensitivity: SensitivityResult | null;
};

function buildResult(run: PreparedRun, merged: Merged): MonteCarloResult {
  const n = merged.stopAt;
  const last = run.checkpoints.indexOf(n);
  const checkpoints = run.checkpoints.slice(0, last + 1);
  const settings: MetricSettings = { percentiles: run.percentiles, riskLevel: run.riskLevel, histogramBins: run.spec.histogramBins, sCurvePoints: run.spec.sCurvePoints ?? 101 };
  const samples: NonNullable<MonteCarloResult["samples"]> = {};
  const metrics = run.metrics.map((metric, k) => {
    const store = merged.stores[k] ?? createStore(run);
    const summary = prefixSummary(store, last);
    if (store.values) {
      const values = store.values.subarray(0, n);
      if (run.spec.keepSamples) samples[metric] = values;
      const prefixes = checkpoints.map((_, j) => prefixSummary(store, j));
      store.merge.advance(store.sortedRuns, n);
      const sorted = store.merge.sortedUpTo(n) ?? sortedFiniteValues(store.sortedRuns, values);
      return buildExactMetricResult(metric, summary, { values, sorted, prefixes, points: store.points }, checkpoints, settings);
    }
    const points = checkpoints.map((at, j) => sketchConvergencePoint(at, prefixSummary(store, j), prefixSketch(store, j, run.sketchAccuracy)));
    return buildSketchMetricResult(metric, summary, prefixSketch(store, last, run.sketchAccuracy), points, settings);
  });
  const rows = Math.min(n, run.sensitivitySampleSize);
  const sample = { inputs: merged.sensitivityInputs.map((a) => a.subarray(0, rows)), npv: merged.sensitivityNpv.subarray(0, rows) };
  const sensitivity = merged.sensitivity ?? computeSensitivity(run, sample);
  return {
    iterationsRequested: run.spec.iterations,
    iterationsRun: n,
    stoppedEarly: merged.stoppedEarly,
    seed: run.spec.seed,
    sampler: run.spec.sampler,
    correlationWarnings: merged.warnings,
    metrics,
    sensitivity,
    ...(run.spec.keepSamples ? { samples } : {}),
  };
}
