/**
 * Work the collector can do while workers still evaluate, instead of serially after the last chunk (issue #16: that
 * tail capped two threads at ≈ 1.3× one). Each chunk's sorted values are merged into one run as soon as they extend the
 * contiguous prefix of finished iterations, so the finish merges nothing when the run ends on a chunk boundary. The
 * sorted finite values of iterations 0 .. m − 1 are one array whatever the merge order (−0 before +0, no NaN), so
 * the bits are those of the merge tree (merge-sorted.ts) it replaces. The prefix lives in one of two buffers of the
 * run's length and each merge writes the other: a new array per merge (up to 8 MB each at 1,000,000 iterations)
 * made garbage collection about a third of the main thread's time during a run.
 */
import { mergeValueRunsInto } from "../stats";
import type { ValueRun } from "./sorted-runs";

export type PrefixMerge = {
  /** Merges the stored runs that now extend the prefix [0, upTo); cheap when none does. */
  advance(runs: readonly ValueRun[], upTo: number): void;
  /** The sorted finite values of iterations 0 .. iterations − 1 when the merged prefix ends exactly there, else null. */
  sortedUpTo(iterations: number): Float64Array | null;
};

/**
 * @param capacity - the run's iterations (the most values the prefix can hold); the two buffers are allocated on the
 *   first merge, so a store that never merges (sketch mode) costs nothing
 * @example const m = createPrefixMerge(n); m.advance(store.sortedRuns, prefix); m.sortedUpTo(n)
 */
export function createPrefixMerge(capacity: number): PrefixMerge {
  let merged: Float64Array = new Float64Array(0);
  let buffers: [Float64Array, Float64Array] | undefined;
  let end = 0;
  return {
    advance(runs, upTo) {
      for (;;) {
        const next = runs.find((run) => run.start === end && run.start + run.count <= upTo);
        if (!next) return;
        buffers ??= [new Float64Array(capacity), new Float64Array(capacity)];
        const target = merged.buffer === buffers[0].buffer ? buffers[1] : buffers[0];
        merged = mergeValueRunsInto(merged, next.sorted, target);
        end += next.count;
      }
    },
    sortedUpTo: (iterations) => (end === iterations ? merged : null),
  };
}
