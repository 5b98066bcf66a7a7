/**
 * Ranks and rank correlation. Ties get the average of the ranks they span (1-based), the
 * convention of Spearman's rho and scipy.stats.rankdata(method="average").
 */
import { radixArgsort } from "./radix-sort";

/** Below this many numbers the quicksort beats the radix sort's six passes over its 2048-bin histograms. */
const RADIX_FROM = 256;

/** argsort's keys (reused: JavaScript runs one argsort at a time per thread). */
let keyScratch = new Float64Array(0);

/**
 * Indices that sort `values` ascending (stable; NaN last); into `into` when it has values.length entries.
 * Same order as a stable comparison sort: a radix sort (radix-sort.ts) from RADIX_FROM numbers, below that an
 * allocation-light quicksort on typed arrays keyed by (value, index) — the index tie-break makes the order total, so
 * stability holds without a stable algorithm (and is several times faster than Array.prototype.sort with a comparator).
 * @example
 * argsort(Float64Array.from([3, 1, 2])); // Uint32Array [1, 2, 0]
 */
export function argsort(values: ArrayLike<number>, into?: Uint32Array): Uint32Array {
  const n = values.length;
  // A caller that sorts block after block (Iman–Conover) passes its own index buffer, and the keys live in a scratch
  // that grows once: fewer large allocations, which cost ≈ 10 % of a run in garbage collection.
  const index = into && into.length === n ? into : new Uint32Array(n);
  if (keyScratch.length < n) keyScratch = new Float64Array(n);
  const keys = keyScratch;
  let finite = 0;
  let nanAt = n;
  // Non-NaN first (in index order), NaN at the end (in index order).
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i] ?? Number.NaN)) index[finite++] = i;
  for (let i = n - 1; i >= 0; i--) if (Number.isNaN(values[i] ?? Number.NaN)) index[--nanAt] = i;
  if (finite >= RADIX_FROM) {
    radixArgsort(values, index, finite);
    return index;
  }
  for (let i = 0; i < finite; i++) keys[i] = values[index[i] ?? 0] ?? 0;
  sortByKey(keys, index, 0, finite - 1);
  return index;
}

function isBefore(keys: Float64Array, index: Uint32Array, i: number, j: number): boolean {
  const a = keys[i] ?? 0;
  const b = keys[j] ?? 0;
  return a < b || (a === b && (index[i] ?? 0) < (index[j] ?? 0));
}

function swap(keys: Float64Array, index: Uint32Array, i: number, j: number): void {
  const k = keys[i] ?? 0;
  keys[i] = keys[j] ?? 0;
  keys[j] = k;
  const x = index[i] ?? 0;
  index[i] = index[j] ?? 0;
  index[j] = x;
}

/** Quicksort (median of three, insertion sort below 16 elements) of keys[lo..hi] with their indices. */
function sortByKey(keys: Float64Array, index: Uint32Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(keys, index, mid, lo)) swap(keys, index, mid, lo);
    if (isBefore(keys, index, hi, lo)) swap(keys, index, hi, lo);
    if (isBefore(keys, index, hi, mid)) swap(keys, index, hi, mid);
    swap(keys, index, mid, hi - 1);
    const pivot = hi - 1;
    let i = lo;
    let j = hi - 1;
    for (;;) {
      while (isBefore(keys, index, ++i, pivot));
      while (j > lo && isBefore(keys, index, pivot, --j));
      if (i >= j) break;
      swap(keys, index, i, j);
    }
    swap(keys, index, i, hi - 1);
    // Recurse into the smaller side, loop on the larger: O(log n) stack.
    if (i - lo < hi - i) {
      sortByKey(keys, index, lo, i - 1);
      lo = i + 1;
    } else {
      sortByKey(keys, index, i + 1, hi);
      hi = i - 1;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    for (let j = i; j > lo && isBefore(keys, index, j, j - 1); j--) swap(keys, index, j, j - 1);
  }
}

/**
 * Average ranks (1..n) of the values.
 * @example
 * rankAverage(Float64Array.from([10, 20, 20, 5])); // [2, 3.5, 3.5, 1]
 */
export function rankAverage(values: ArrayLike<number>): Float64Array {
  return rankAverageInOrder(values, argsort(values));
}

/**
 * Average ranks (1..n) of the values, given an order that sorts them ascending with NaN last in index order (argsort's,
 * or a merge of per-chunk argsorts: merge-sorted.ts). Equal values are adjacent in any such order, and their average
 * rank does not depend on how they are ordered among themselves; each NaN keeps its own rank.
 * @example
 * rankAverageInOrder(Float64Array.from([10, 20, 20, 5]), Uint32Array.from([3, 0, 2, 1])); // [2, 3.5, 3.5, 1]
 */
export function rankAverageInOrder(values: ArrayLike<number>, order: Uint32Array): Float64Array {
  const ranks = new Float64Array(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    const v = values[order[i] ?? 0];
    while (j + 1 < order.length && values[order[j + 1] ?? 0] === v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] ?? 0] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Pearson correlation of two equally long series (two-pass, mean-centred).
 * @returns NaN when either series is constant
 * @example
 * pearson([1, 2, 3], [2, 4, 7]); // 0.9933992677987828
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0;
    my += y[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman rank correlation: Pearson correlation of average ranks.
 * @example
 * spearman([1, 2, 3, 4], [1, 8, 27, 64]); // 1
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(rankAverage(x), rankAverage(y));
}
