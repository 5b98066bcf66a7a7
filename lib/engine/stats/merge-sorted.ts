/**
 * Merging sorted runs (one per chunk, sorted on the worker that evaluated it) into the order one global sort
 * would give, so the main thread does O(n·log k) merging after the last chunk instead of an O(n·log n) sort.
 * The merge is stable and pairwise (a balanced tree of two-way merges), and breaks ties exactly as the sort
 * they replace: the result is bit-identical, not merely equivalent.
 */

/** Whether `b` sorts strictly before `a` in Float64Array.prototype.sort's order (−0 before +0; no NaN here). */
function isValueBefore(b: number, a: number): boolean {
  return b < a || (b === a && 1 / b < 1 / a);
}

function mergeTwoValueRuns(left: Float64Array, right: Float64Array): Float64Array {
  return mergeValueRunsInto(left, right, new Float64Array(left.length + right.length));
}

/**
 * The stable merge of two sorted runs into out[0 .. left.length + right.length) (out must not overlap them).
 * @returns that part of out
 * @example mergeValueRunsInto(Float64Array.from([1, 4]), Float64Array.from([2]), new Float64Array(8)); // [1, 2, 4]
 */
export function mergeValueRunsInto(left: Float64Array, right: Float64Array, out: Float64Array): Float64Array {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    const a = left[i] ?? 0;
    const b = right[j] ?? 0;
    if (isValueBefore(b, a)) {
      out[k++] = b;
      j++;
    } else {
      out[k++] = a;
      i++;
    }
  }
  out.set(left.subarray(i), k);
  out.set(right.subarray(j), k + left.length - i);
  return out.subarray(0, left.length + right.length);
}

function mergeTree<T>(runs: readonly T[], empty: () => T, mergeTwo: (left: T, right: T) => T): T {
  let level = [...runs];
  if (level.length === 0) return empty();
  while (level.length > 1) {
    const next: T[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] ?? empty();
      const right = level[i + 1];
      next.push(right === undefined ? left : mergeTwo(left, right));
    }
    level = next;
  }
  return level[0] ?? empty();
}

/**
 * The ascending merge of runs that are each sorted as Float64Array.prototype.sort sorts finite values (−0
 * before +0): the same array as sorting their concatenation (e.g. sortFinite of all the chunks' values).
 * @example mergeSortedValues([Float64Array.from([1, 4]), Float64Array.from([2, 3])]); // [1, 2, 3, 4]
 */
export function mergeSortedValues(runs: readonly Float64Array[]): Float64Array {
  return mergeTree(runs, () => new Float64Array(0), mergeTwoValueRuns);
}
