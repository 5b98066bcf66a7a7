/**
 * Order statistics without a full sort: quickselect (median-of-three pivots, insertion sort below 16 elements),
 * O(n) on average. The k-th smallest value is the same number whatever algorithm finds it, so a percentile read
 * from selected order statistics equals the one read from a sorted copy.
 */

function swap(a: Float64Array, i: number, j: number): void {
  const x = a[i] ?? 0;
  a[i] = a[j] ?? 0;
  a[j] = x;
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i] ?? 0;
    let j = i - 1;
    while (j >= lo && (a[j] ?? 0) > x) {
      a[j + 1] = a[j] ?? 0;
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * Reorders a[lo..hi] so that a[k] holds the value it would hold if a[lo..hi] were sorted, every value before it
 * is ≤ and every value after it ≥ (finite values only).
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] ?? 0) < (a[lo] ?? 0)) swap(a, mid, lo);
    if ((a[hi] ?? 0) < (a[lo] ?? 0)) swap(a, hi, lo);
    if ((a[hi] ?? 0) < (a[mid] ?? 0)) swap(a, hi, mid);
    const pivot = a[mid] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    // a[lo..j] ≤ pivot ≤ a[i..hi], and a[j+1..i-1] = pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
  insertionSort(a, lo, hi);
}

/**
 * The values at ascending ranks `ranks` (0-based) of the finite values in `values`, as a sorted copy would hold them.
 * @example orderStatistics(Float64Array.from([5, 1, NaN, 3]), [0, 2]) // [1, 5]
 */
export function orderStatistics(values: ArrayLike<number>, ranks: readonly number[]): number[] {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] ?? Number.NaN;
    if (Number.isFinite(x)) finite[n++] = x;
  }
  let lo = 0;
  return ranks.map((k) => {
    if (!(k >= 0 && k < n)) return Number.NaN;
    // Ranks ascend: the next one lies at or after this one, in the part already known to be ≥.
    selectInPlace(finite, k, lo, n - 1);
    lo = k;
    return finite[k] ?? Number.NaN;
  });
}

/** The number of finite values (the length of the sorted copy the ranks refer to). */
export function countFinite(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i] ?? Number.NaN)) n++;
  return n;
}
