/**
 * Convergence of the mean and the median (P50) over the iterations, at checkpoints.
 * Mean standard error = sd/√n. P50 standard error from order statistics (distribution-free):
 * the 95 % interval [x_(⌊n/2 − 0.98√n⌋), x_(⌈n/2 + 0.98√n⌉)] divided by 2·1.96.
 */
import { createSummary, addToSummary, summarize, type StreamingSummary } from "./summary";
import { countFinite, orderStatistics } from "./select";

export type ConvergencePoint = {
  iterations: number;
  mean: number;
  meanStandardError: number;
  p50: number;
  p50StandardError: number;
};

const Z95 = 1.959963984540054;

/** Checkpoints 100, 200, 500, 1000, 2000, 5000, … up to n (n itself always included). */
export function defaultCheckpoints(n: number): number[] {
  const points: number[] = [];
  for (let decade = 100; decade < n; decade *= 10) {
    for (const m of [1, 2, 5]) if (decade * m < n) points.push(decade * m);
  }
  points.push(n);
  return points;
}

/**
 * P50 (type 7) and its standard error from the order statistics of the finite values among `values`, selected
 * rather than sorted (the same values, in O(n)).
 */
function medianAndError(values: Float64Array): { p50: number; p50StandardError: number } {
  const n = countFinite(values);
  return medianAndErrorAt(n, (ranks) => orderStatistics(values, ranks));
}

/** medianAndError from order statistics: `statistics(ranks)` gives the values at those ascending ranks among n. */
function medianAndErrorAt(n: number, statistics: (ranks: number[]) => number[]): { p50: number; p50StandardError: number } {
  const half = (Z95 * Math.sqrt(n)) / 2;
  const errorLo = Math.max(0, Math.floor(n / 2 - half) - 1);
  const errorHi = Math.min(n - 1, Math.ceil(n / 2 + half) - 1);
  const h = (n - 1) * 0.5;
  const mid = Math.floor(h);
  const ranks = [...new Set([errorLo, mid, mid + 1, errorHi])].sort((a, b) => a - b);
  const found = statistics(ranks);
  const at = (rank: number): number => found[ranks.indexOf(rank)] ?? Number.NaN;
  const low = at(mid);
  // As percentile(sorted, 0.5): the order statistic itself when it is the last, else linear interpolation.
  const p50 = n === 0 ? Number.NaN : mid + 1 >= n ? low : low + (h - mid) * (at(mid + 1) - low);
  return { p50, p50StandardError: (at(errorHi) - at(errorLo)) / (2 * Z95) };
}

/**
 * The convergence point of all the values from their summary and their sorted finite values (sortFinite's array):
 * the order statistics are read instead of selected, the same numbers convergence() gives for its last checkpoint.
 * @example convergencePointOfSorted(100_000, summary, sorted)
 */
export function convergencePointOfSorted(iterations: number, summary: StreamingSummary, sorted: Float64Array): ConvergencePoint {
  const s = summarize(summary);
  const read = (ranks: number[]): number[] => ranks.map((k) => (k >= 0 && k < sorted.length ? (sorted[k] ?? Number.NaN) : Number.NaN));
  return { iterations, mean: s.mean, meanStandardError: s.standardError, ...medianAndErrorAt(sorted.length, read) };
}

/**
 * Mean and P50 with standard errors over the first n values, for each checkpoint n
 * (values in iteration order; non-finite values are skipped).
 * @param prefixes - optional summaries of the first n values at each checkpoint (e.g. merged from chunks); exact
 *   sums, so the same bits as summing here
 * @example
 * convergence(npvUsd); // [{ iterations: 100, mean, meanStandardError, p50, p50StandardError }, …]
 */
export function convergence(values: Float64Array, checkpoints = defaultCheckpoints(values.length), prefixes?: readonly StreamingSummary[]): ConvergencePoint[] {
  const summary = createSummary();
  const given = prefixes?.length === checkpoints.length ? prefixes : null;
  let done = 0;
  return checkpoints.map((n, j) => {
    const prefix = given?.[j];
    if (!prefix) addToSummary(summary, values, done, n - done);
    done = n;
    const s = summarize(prefix ?? summary);
    return { iterations: n, mean: s.mean, meanStandardError: s.standardError, ...medianAndError(values.subarray(0, n)) };
  });
}

/**
 * First checkpoint from which on the relative standard error (SE/|estimate|) of the statistic
 * stays at or below `relativeTolerance`; null when it never does.
 * @example
 * convergedAt(convergence(npvUsd), 0.01, "mean"); // e.g. 5000
 */
export function convergedAt(points: readonly ConvergencePoint[], relativeTolerance: number, statistic: "mean" | "p50" = "mean"): number | null {
  let since: number | null = null;
  for (const point of points) {
    const estimate = statistic === "mean" ? point.mean : point.p50;
    const se = statistic === "mean" ? point.meanStandardError : point.p50StandardError;
    const ok = se <= relativeTolerance * Math.abs(estimate);
    if (ok && since === null) since = point.iterations;
    if (!ok) since = null;
  }
  return since;
}
