/**
 * The main thread's side of the sorting done on workers: each chunk sends its metric values sorted and its
 * sensitivity rows in rank order, and after the last chunk the collector only merges those runs. A merge
 * gives the very array a global sort gives, so results keep their bits. Partials without the runs (stored
 * before they existed) or runs that do not tile the iterations used (an early stop inside a chunk) fall back
 * to the global sort.
 */
import { mergeSortedOrders, mergeSortedValues, rankAverage, rankAverageInOrder, sortFinite } from "../stats";

/** A chunk's finite values of one metric, sorted: iterations start .. start + count − 1. */
export type ValueRun = { start: number; count: number; sorted: Float64Array };
/** A chunk's sensitivity rows in argsort order of each column (row offsets from start; see SensitivityPartial). */
export type OrderRun = { start: number; rows: number; orders: Uint32Array[] };

function byStart<T extends { start: number }>(runs: readonly T[]): T[] {
  return [...runs].sort((a, b) => a.start - b.start);
}

/** Runs sorted by start that leave no gap from 0 up to `upTo`; null when one is missing. */
function contiguousUpTo<T extends { start: number }>(runs: readonly T[], lengthOf: (run: T) => number, upTo: number): T[] | null {
  const used: T[] = [];
  let next = 0;
  for (const run of byStart(runs)) {
    if (next >= upTo) break;
    if (run.start !== next) return null;
    used.push(run);
    next += lengthOf(run);
  }
  return next >= upTo ? used : null;
}

/**
 * The finite values of iterations 0 .. values.length − 1, sorted ascending (= sortFinite(values)).
 * @param values - the metric's values in iteration order (the fallback's input)
 */
export function sortedFiniteValues(runs: readonly ValueRun[], values: Float64Array): Float64Array {
  const used = contiguousUpTo(runs, (run) => run.count, values.length);
  const last = used?.[used.length - 1];
  const isExactTiling = used !== null && (last === undefined ? values.length === 0 : last.start + last.count === values.length);
  return isExactTiling ? mergeSortedValues(used.map((run) => run.sorted)) : sortFinite(values);
}

/**
 * Average ranks of each column of the sensitivity sample after dropping rows whose NPV is not finite (the same
 * as rankAverage of each filtered column).
 * @param npv - the sample's NPV over all its rows (which rows are kept)
 * @param columns - the filtered columns: each input, then NPV
 */
export function sampleRanks(runs: readonly OrderRun[], npv: Float64Array, columns: readonly Float64Array[]): Float64Array[] {
  const used = contiguousUpTo(runs, (run) => run.rows, npv.length);
  if (!used || used.some((run) => run.orders.length !== columns.length)) return columns.map((column) => rankAverage(column));
  // Position of each row among the kept rows (−1 when dropped).
  const position = new Int32Array(npv.length);
  let kept = 0;
  for (let row = 0; row < npv.length; row++) position[row] = Number.isFinite(npv[row]) ? kept++ : -1;
  return columns.map((column, c) => {
    const positions = used.map((run) => {
      const order = run.orders[c] ?? new Uint32Array(0);
      const out = new Uint32Array(order.length);
      let n = 0;
      for (const offset of order) {
        const at = position[run.start + offset] ?? -1;
        if (at >= 0) out[n++] = at;
      }
      return out.subarray(0, n);
    });
    const order = mergeSortedOrders(column, positions);
    return order.length === column.length ? rankAverageInOrder(column, order) : rankAverage(column);
  });
}
