/**
 * Final statistics of one metric, exact (from all values) or from the merged quantile sketch.
 * Both are pure functions of merged, chunk-independent inputs.
 */
import {
  convergence,
  convergencePointOfSorted,
  expectedShortfall,
  histogram,
  percentile,
  probabilityOfLoss,
  sCurve,
  sketchQuantile,
  sortFinite,
  summarize,
  type ConvergencePoint,
  type Histogram,
  type QuantileSketch,
  type StreamingSummary,
} from "../stats";
import { METRIC_UNITS, type MetricResult, type MonteCarloMetric } from "./types";

export type MetricSettings = { percentiles: readonly number[]; riskLevel: number; histogramBins?: number; sCurvePoints: number };

function baseResult(metric: MonteCarloMetric, summary: StreamingSummary) {
  const s = summarize(summary);
  return { metric, unit: METRIC_UNITS[metric], count: s.count, nonFiniteCount: s.nonFiniteCount, mean: s.mean, sd: s.sd, standardError: s.standardError, min: s.min, max: s.max };
}

/**
 * A metric's values in the forms the exact statistics read: `values` of iterations 0 .. n−1 in iteration order,
 * `sorted` = sortFinite(values) (by default computed here), and `prefixes`, the summary of the values up to each
 * checkpoint (by default summed here; exact sums, so merged chunk summaries give the same bits).
 */
export type ExactValues = {
  values: Float64Array;
  sorted?: Float64Array;
  prefixes?: readonly StreamingSummary[];
  /** Convergence points already computed (by checkpoint index, from the same prefixes), e.g. while the run went on. */
  points?: readonly (ConvergencePoint | undefined)[];
};

/** convergence(values, checkpoints, prefixes), taking the points already in `exact.points` as they are (same bits). */
function exactConvergence(exact: ExactValues, checkpoints: readonly number[], sorted: Float64Array): ConvergencePoint[] {
  const { values, prefixes, points } = exact;
  if (!points || prefixes?.length !== checkpoints.length) return convergence(values, [...checkpoints], prefixes);
  return checkpoints.map((at, j) => {
    const prefix = prefixes[j];
    // The last checkpoint covers every value: its order statistics are read from the sorted values (no selection).
    if (!points[j] && at === values.length && prefix) return convergencePointOfSorted(at, prefix, sorted);
    return points[j] ?? exactPoint(values, at, prefix);
  });
}

/**
 * The convergence point at checkpoint `at` from its prefix summary: convergence()'s point for that checkpoint.
 * @example exactPoint(values, 1000, prefixSummary)
 */
export function exactPoint(values: Float64Array, at: number, prefix: StreamingSummary | undefined): ConvergencePoint {
  const point = convergence(values.subarray(0, at), [at], prefix ? [prefix] : undefined)[0];
  if (!point) throw new RangeError("internal: no convergence point");
  return point;
}

/**
 * Exact statistics: type-7 percentiles of the sorted finite values, Freedman–Diaconis histogram.
 */
export function buildExactMetricResult(metric: MonteCarloMetric, summary: StreamingSummary, exact: ExactValues, checkpoints: readonly number[], settings: MetricSettings): MetricResult {
  const { values } = exact;
  const sorted = exact.sorted ?? sortFinite(values);
  const bins = settings.histogramBins;
  return {
    ...baseResult(metric, summary),
    percentiles: settings.percentiles.map((p) => ({ p, value: percentile(sorted, p) })),
    valueAtRisk: { level: settings.riskLevel, value: percentile(sorted, settings.riskLevel) },
    expectedShortfall: expectedShortfall(sorted, settings.riskLevel),
    probabilityOfLoss: metric === "npv" ? probabilityOfLoss(sorted) : null,
    histogram: histogram(sorted, bins === undefined ? {} : { rule: { bins } }),
    sCurve: sCurve(sorted, settings.sCurvePoints),
    convergence: exactConvergence(exact, checkpoints, sorted),
    quantileMethod: "exact",
  };
}

/** Buckets of a sketch in ascending value order as [representative, count]. */
function sketchBuckets(sketch: QuantileSketch): [number, number][] {
  const gamma = Math.exp(sketch.logGamma);
  const rep = (key: number): number => (2 * Math.exp(key * sketch.logGamma)) / (gamma + 1);
  const negative = [...sketch.negative.entries()].sort((a, b) => b[0] - a[0]).map(([k, c]): [number, number] => [-rep(k), c]);
  const positive = [...sketch.positive.entries()].sort((a, b) => a[0] - b[0]).map(([k, c]): [number, number] => [rep(k), c]);
  return [...negative, ...(sketch.zeroCount > 0 ? [[0, sketch.zeroCount] as [number, number]] : []), ...positive];
}

function sketchHistogram(buckets: readonly [number, number][], min: number, max: number, bins: number): Histogram {
  if (!(max >= min) || buckets.length === 0) return { edges: [], counts: [] };
  const width = max > min ? (max - min) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? Math.max(max, min + width) : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (const [value, c] of buckets) {
    const k = Math.max(0, Math.min(bins - 1, Math.floor((value - min) / width)));
    counts[k] = (counts[k] ?? 0) + c;
  }
  return { edges, counts };
}

function sketchShortfall(buckets: readonly [number, number][], threshold: number): number {
  let total = 0;
  let n = 0;
  for (const [value, c] of buckets) {
    if (value > threshold) break;
    total += value * c;
    n += c;
  }
  return n === 0 ? Number.NaN : total / n;
}

const Z95 = 1.959963984540054;

/** A convergence point from a prefix summary and sketch (P50 SE from the sketch's order statistics). */
export function sketchConvergencePoint(iterations: number, summary: StreamingSummary, sketch: QuantileSketch): ConvergencePoint {
  const s = summarize(summary);
  const n = Math.max(1, sketch.count);
  const half = (Z95 * Math.sqrt(n)) / 2 / n;
  const spread = sketchQuantile(sketch, Math.min(1, 0.5 + half)) - sketchQuantile(sketch, Math.max(0, 0.5 - half));
  return { iterations, mean: s.mean, meanStandardError: s.standardError, p50: sketchQuantile(sketch, 0.5), p50StandardError: spread / (2 * Z95) };
}

/**
 * Sketch statistics (runs above the exact limit): percentiles within the sketch's relative accuracy
 * of an order statistic; probability of loss exact (bucket signs are exact); histogram over the
 * exact [min, max] with bucket representatives (error ≤ one bucket width).
 */
export function buildSketchMetricResult(metric: MonteCarloMetric, summary: StreamingSummary, sketch: QuantileSketch, convergencePoints: ConvergencePoint[], settings: MetricSettings): MetricResult {
  const base = baseResult(metric, summary);
  const buckets = sketchBuckets(sketch);
  const q = (p: number): number => sketchQuantile(sketch, p);
  const negatives = [...sketch.negative.values()].reduce((a, b) => a + b, 0);
  const points = settings.sCurvePoints;
  return {
    ...base,
    percentiles: settings.percentiles.map((p) => ({ p, value: q(p) })),
    valueAtRisk: { level: settings.riskLevel, value: q(settings.riskLevel) },
    expectedShortfall: sketchShortfall(buckets, q(settings.riskLevel)),
    probabilityOfLoss: metric === "npv" ? (sketch.count === 0 ? Number.NaN : negatives / sketch.count) : null,
    histogram: sketchHistogram(buckets, base.min, base.max, settings.histogramBins ?? 50),
    sCurve: Array.from({ length: points }, (_, i) => ({ probability: i / (points - 1), value: q(i / (points - 1)) })),
    convergence: convergencePoints,
    quantileMethod: "sketch",
  };
}
