/**
 * Exact percentiles and the risk measures built on them, from sorted finite values.
 *
 * Interpolation: linear between order statistics, h = (n − 1)·p, x = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋)
 * (Hyndman & Fan type 7 = numpy "linear" = Excel PERCENTILE.INC).
 * Sign conventions for NPV (higher is better): VaR at level α is the α-quantile of NPV itself
 * (VaR_5% = P5, a value, not a loss); expected shortfall ES_α is the mean of the values ≤ VaR_α;
 * probability of loss is the share of values < 0.
 */
import { sortFloat64 } from "./radix-sort";
import { exactSum } from "./exact-sum";

/** Default percentiles reported with every metric (probabilities in [0, 1]). */
export const DEFAULT_PERCENTILES = [0.05, 0.1, 0.5, 0.9, 0.95] as const;

/**
 * Finite values, sorted ascending (NaN and ±Infinity removed; count them with a summary).
 * @example
 * sortFinite([3, NaN, 1]); // Float64Array [1, 3]
 */
export function sortFinite(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] ?? Number.NaN;
    if (Number.isFinite(x)) out[n++] = x;
  }
  return sortFloat64(out.subarray(0, n));
}

/**
 * Type-7 percentile of ascending `sorted` at probability p ∈ [0, 1].
 * @returns NaN for an empty array or p outside [0, 1]
 * @example
 * percentile(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.1); // 1.9 (numpy.percentile(…, 10))
 */
export function percentile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] ?? Number.NaN;
  if (lo + 1 >= n) return low;
  return low + (h - lo) * ((sorted[lo + 1] ?? low) - low);
}

/** Several percentiles at once, keyed by probability. */
export function percentiles(sorted: Float64Array, ps: readonly number[] = DEFAULT_PERCENTILES): { p: number; value: number }[] {
  return ps.map((p) => ({ p, value: percentile(sorted, p) }));
}

/**
 * VaR at level α: the α-percentile of the metric (for NPV, VaR_0.05 = P5).
 * @example
 * valueAtRisk(sortedNpv, 0.05);
 */
export function valueAtRisk(sorted: Float64Array, level = 0.05): number {
  return percentile(sorted, level);
}

/**
 * Expected shortfall at level α: mean of the values ≤ VaR_α (exact sum, order-independent).
 * @example
 * expectedShortfall(sortedNpv, 0.05);
 */
export function expectedShortfall(sorted: Float64Array, level = 0.05): number {
  const v = valueAtRisk(sorted, level);
  let k = 0;
  while (k < sorted.length && (sorted[k] ?? Infinity) <= v) k++;
  return k === 0 ? Number.NaN : exactSum(sorted.subarray(0, k)) / k;
}

/**
 * Share of values strictly below 0 among the given (finite) values.
 * @example
 * probabilityOfLoss(Float64Array.from([-1, 2, 3, 4])); // 0.25
 */
export function probabilityOfLoss(sorted: Float64Array): number {
  let k = 0;
  while (k < sorted.length && (sorted[k] ?? 0) < 0) k++;
  return sorted.length === 0 ? Number.NaN : k / sorted.length;
}

/**
 * Cumulative distribution (S-curve) points: value at probability i/(points−1), i = 0 .. points−1.
 * @example
 * sCurve(sortedNpv, 101); // [{ probability: 0, value: min }, …, { probability: 1, value: max }]
 */
export function sCurve(sorted: Float64Array, points = 101): { probability: number; value: number }[] {
  return Array.from({ length: points }, (_, i) => {
    const probability = i / (points - 1);
    return { probability, value: percentile(sorted, probability) };
  });
}
