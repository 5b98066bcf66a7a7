/**
 * Streaming summary of an output metric that merges across chunks with bit-identical results for
 * ANY chunking and merge order: count, exact sums Σx and Σx² (exact-sum.ts), min, max, and counts of
 * non-finite values (an IRR or payback that does not exist is NaN: counted, never dropped silently).
 * Welford/Chan updates are deliberately not used: their rounding depends on the chunk boundaries.
 *
 * mean = round(Σx)/n; variance = round(n·Σx² − (Σx)²)/(n(n−1)), the numerator evaluated exactly
 * and rounded once, so there is no cancellation (requires |x| < ~1e75 so that squares stay finite).
 */
import { addExact, addExactProduct, createExactSum, exactSumValue, mergeExact, type ExactSum } from "./exact-sum";

export type StreamingSummary = {
  count: number;
  nanCount: number;
  positiveInfinityCount: number;
  negativeInfinityCount: number;
  min: number;
  max: number;
  sum: ExactSum;
  sumOfSquares: ExactSum;
};

export type SummaryResult = {
  /** Finite values summarised. */
  count: number;
  /** NaN + ±Infinity values, excluded from every other statistic. */
  nonFiniteCount: number;
  nanCount: number;
  positiveInfinityCount: number;
  negativeInfinityCount: number;
  mean: number;
  /** Sample variance (n − 1 denominator); NaN for fewer than two values. */
  variance: number;
  sd: number;
  /** sd/√n. */
  standardError: number;
  min: number;
  max: number;
};

/** An empty summary. */
export function createSummary(): StreamingSummary {
  return {
    count: 0,
    nanCount: 0,
    positiveInfinityCount: 0,
    negativeInfinityCount: 0,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    sum: createExactSum(),
    sumOfSquares: createExactSum(),
  };
}

/**
 * Adds values[offset .. offset+count) to the summary.
 * @example
 * const s = createSummary(); addToSummary(s, npvUsd); summarize(s).mean;
 */
export function addToSummary(s: StreamingSummary, values: ArrayLike<number>, offset = 0, count = values.length - offset): void {
  for (let i = offset; i < offset + count; i++) {
    const x = values[i] ?? Number.NaN;
    if (Number.isNaN(x)) s.nanCount++;
    else if (x === Number.POSITIVE_INFINITY) s.positiveInfinityCount++;
    else if (x === Number.NEGATIVE_INFINITY) s.negativeInfinityCount++;
    else {
      s.count++;
      if (x < s.min) s.min = x;
      if (x > s.max) s.max = x;
      addExact(s.sum, x);
      addExactProduct(s.sumOfSquares, x, x);
    }
  }
}

/** Merges `other` into `target` (exact; any order gives the same result). */
export function mergeSummary(target: StreamingSummary, other: StreamingSummary): void {
  target.count += other.count;
  target.nanCount += other.nanCount;
  target.positiveInfinityCount += other.positiveInfinityCount;
  target.negativeInfinityCount += other.negativeInfinityCount;
  target.min = Math.min(target.min, other.min);
  target.max = Math.max(target.max, other.max);
  mergeExact(target.sum, other.sum);
  mergeExact(target.sumOfSquares, other.sumOfSquares);
}

function exactVarianceNumerator(s: StreamingSummary): number {
  const acc = createExactSum();
  for (let i = 0; i < s.sumOfSquares.length; i++) addExactProduct(acc, s.sumOfSquares.partials[i] ?? 0, s.count);
  for (let i = 0; i < s.sum.length; i++) {
    for (let j = 0; j < s.sum.length; j++) addExactProduct(acc, -(s.sum.partials[i] ?? 0), s.sum.partials[j] ?? 0);
  }
  return Math.max(0, exactSumValue(acc));
}

/**
 * Final statistics of a summary.
 * @example
 * summarize(s); // { count, mean, sd, min, max, nonFiniteCount, … }
 */
export function summarize(s: StreamingSummary): SummaryResult {
  const n = s.count;
  const variance = n > 1 ? exactVarianceNumerator(s) / (n * (n - 1)) : Number.NaN;
  const sd = Math.sqrt(variance);
  return {
    count: n,
    nonFiniteCount: s.nanCount + s.positiveInfinityCount + s.negativeInfinityCount,
    nanCount: s.nanCount,
    positiveInfinityCount: s.positiveInfinityCount,
    negativeInfinityCount: s.negativeInfinityCount,
    mean: n > 0 ? exactSumValue(s.sum) / n : Number.NaN,
    variance,
    sd,
    standardError: sd / Math.sqrt(n),
    min: n > 0 ? s.min : Number.NaN,
    max: n > 0 ? s.max : Number.NaN,
  };
}
