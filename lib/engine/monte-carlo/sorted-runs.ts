/**
 * The main thread's side of the sorting done on workers: each chunk sends its metric values sorted, and after the
 * last chunk the collector only merges those runs. A merge
 * gives the very array a global sort gives, so results keep their bits. Partials without the runs (stored
 * before they existed) or runs that do not tile the iterations used (an early stop inside a chunk) fall back
 * to the global sort.
 */
import { mergeSortedValues, sortFinite } from "../stats";

/** A chunk's finite values of one metric, sorted: iterations start .. start + count − 1. */
export type ValueRun = { start: number; count: number; sorted: Float64Array };

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
