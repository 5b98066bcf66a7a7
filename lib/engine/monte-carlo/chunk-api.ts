/**
 * Chunked execution for callers that spread one run over processes or machines (a job queue): evaluate a
 * range of iterations anywhere, ship the partials, and merge them in the main process. The result equals
 * runMonteCarlo's bit for bit for any split into 4096-multiples, any number of evaluators and any
 * arrival order (partials are exact summaries or values placed by iteration index).
 */
import { createCollector } from "./collector";
import { createChunkEvaluator } from "./evaluate-chunk";
import type { ChunkPartial } from "./partials";
import { CHUNK_QUANTUM, prepareRun } from "./prepare-run";
import { splitIntoChunks } from "./run-monte-carlo";
import { CancelledError, type MonteCarloResult, type MonteCarloSpec } from "./types";

export type { ChunkPartial } from "./partials";

export type ChunkRangeOptions = {
  /** Iterations evaluated between two yields to the event loop (a multiple of 4096; default 4096). */
  stepSize?: number;
  /** Called after each step with the iterations done in this range; may throw (e.g. CancelledError) to stop. */
  onStep?: (done: number) => void | Promise<void>;
  signal?: AbortSignal;
};

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Evaluates iterations [start, start + count) of a run in this thread, in steps, yielding between
 * steps so timers (job heartbeats, progress writes) keep running.
 * @param start - a multiple of 4096
 * @returns one partial per step, in iteration order
 * @throws {RangeError} for an invalid spec or range; {CancelledError} when the signal aborts
 * @example const partials = await evaluateChunkRange(spec, 0, 8192); mergePartials(spec, partials);
 */
export async function evaluateChunkRange(spec: MonteCarloSpec, start: number, count: number, options: ChunkRangeOptions = {}): Promise<ChunkPartial[]> {
  if (!Number.isSafeInteger(start) || start < 0 || start % CHUNK_QUANTUM !== 0) throw new RangeError(`start: must be a non-negative multiple of ${CHUNK_QUANTUM}`);
  if (!Number.isSafeInteger(count) || count <= 0 || start + count > spec.iterations) throw new RangeError("count: the range must lie inside the run's iterations");
  const evaluator = createChunkEvaluator(prepareRun(spec));
  const partials: ChunkPartial[] = [];
  for (const step of splitIntoChunks(count, options.stepSize ?? CHUNK_QUANTUM)) {
    if (options.signal?.aborted) throw new CancelledError();
    partials.push(evaluator.evaluate(start + step.start, step.count));
    await options.onStep?.(step.start + step.count);
    await yieldToEventLoop();
  }
  return partials;
}

/**
 * Merges partials that together cover the run's iterations (each exactly once) into the run's result.
 * @throws {RangeError} when the partials leave a gap or overlap
 * @example mergePartials(spec, [...partialsOfJob2, ...partialsOfJob1]);
 */
export function mergePartials(spec: MonteCarloSpec, partials: readonly ChunkPartial[]): MonteCarloResult {
  const collector = createCollector(prepareRun(spec), { isEager: false });
  const ordered = [...partials].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const partial of ordered) {
    if (partial.start !== next) throw new RangeError(`partials: expected iteration ${next}, got ${partial.start}`);
    next += partial.count;
    if (collector.accept(partial)) break;
  }
  if (next < spec.iterations && !spec.convergence) throw new RangeError(`partials: cover ${next} of ${spec.iterations} iterations`);
  return collector.finish();
}

/**
 * Merges the partials that lead a run (from iteration 0, without a gap) once the run may end with them: they cover
 * every iteration, or its convergence stop fires at a checkpoint inside them. Partials after a gap wait. Because
 * the stop is decided in iteration order, the result equals mergePartials' over all the run's partials bit for
 * bit, so a queue can end a converged run before its later chunks are evaluated.
 * @returns the run's result, or null while it cannot end yet (a gap first, no stop before it)
 * @throws {RangeError} when two partials overlap
 * @example mergeLeadingPartials(spec, storedSoFar) ?? "wait for more chunks"
 */
export function mergeLeadingPartials(spec: MonteCarloSpec, partials: readonly ChunkPartial[]): MonteCarloResult | null {
  const collector = createCollector(prepareRun(spec), { isEager: false });
  let next = 0;
  for (const partial of [...partials].sort((a, b) => a.start - b.start)) {
    if (partial.start > next) return null;
    if (partial.start < next) throw new RangeError(`partials: iteration ${partial.start} given twice`);
    next += partial.count;
    if (collector.accept(partial)) return collector.finish();
  }
  return null;
}
