/**
 * runMonteCarlo: validates and prepares a run, splits it into chunks (multiples of 4096 iterations),
 * evaluates them in-process or on worker threads, and merges the partials into a result that is
 * bit-identical whatever the chunk size or the number of workers.
 */
import { availableParallelism } from "node:os";
import { createChunkEvaluator } from "./evaluate-chunk";
import { createCollector, type Collector } from "./collector";
import { CHUNK_QUANTUM, prepareRun, type PreparedRun } from "./prepare-run";
import { runInWorkers, type Chunk } from "./run-in-workers";
import { CancelledError, type MonteCarloOptions, type MonteCarloResult, type MonteCarloSpec } from "./types";

const MAX_DEFAULT_CHUNK = 16 * CHUNK_QUANTUM;

/** About eight chunks per worker (load balance on a noisy host, progress), between 4096 and 65 536 iterations. */
function defaultChunkSize(iterations: number, workers: number): number {
  const target = Math.ceil(iterations / (Math.max(1, workers) * 8) / CHUNK_QUANTUM) * CHUNK_QUANTUM;
  return Math.max(CHUNK_QUANTUM, Math.min(MAX_DEFAULT_CHUNK, target));
}

/** Chunks [k·size, min((k+1)·size, iterations)). */
export function splitIntoChunks(iterations: number, chunkSize: number): Chunk[] {
  if (!Number.isSafeInteger(chunkSize) || chunkSize <= 0 || chunkSize % CHUNK_QUANTUM !== 0) {
    throw new RangeError(`chunkSize: must be a positive multiple of ${CHUNK_QUANTUM}, got ${chunkSize}`);
  }
  const chunks: Chunk[] = [];
  for (let start = 0; start < iterations; start += chunkSize) chunks.push({ start, count: Math.min(chunkSize, iterations - start) });
  return chunks;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function runInProcess(run: PreparedRun, chunks: readonly Chunk[], collector: Collector, options: MonteCarloOptions): Promise<void> {
  const evaluator = createChunkEvaluator(run);
  for (const chunk of chunks) {
    if (options.signal?.aborted) throw new CancelledError();
    const stop = collector.accept(evaluator.evaluate(chunk.start, chunk.count));
    options.onProgress?.(Math.min(1, collector.completed() / run.spec.iterations));
    if (stop) return;
    // Lets an abort (or a progress consumer) run between chunks.
    await yieldToEventLoop();
  }
}

/**
 * Runs a Monte Carlo simulation of the scenario model.
 * @param spec - the run (JSON): inputs, variables, correlations, iterations, seed, sampler, outputs
 * @param options - workers (0 = in-process; default all cores), chunkSize, onProgress, signal, workerUrl
 * @returns per-metric statistics, sensitivity, optional samples
 * @throws {CancelledError} when `signal` aborts; RangeError / ScenarioModelValidationError /
 *   DistributionError / CorrelationError for invalid specs (before any work starts)
 * @example
 * const result = await runMonteCarlo({ inputs, variables, iterations: 100_000, seed: 42, sampler: "latin-hypercube" }, { workers: 0 });
 * result.metrics[0].percentiles; // P5 … P95 of NPV
 */
export async function runMonteCarlo(spec: MonteCarloSpec, options: MonteCarloOptions = {}): Promise<MonteCarloResult> {
  if (options.signal?.aborted) throw new CancelledError();
  const run = prepareRun(spec);
  const workers = options.pool?.size ?? options.workers ?? availableParallelism();
  if (!Number.isSafeInteger(workers) || workers < 0) throw new RangeError("workers: must be a non-negative integer");
  const chunks = splitIntoChunks(spec.iterations, options.chunkSize ?? defaultChunkSize(spec.iterations, workers));
  const collector = createCollector(run);
  if (options.pool) await options.pool.run(spec, chunks, collector, options);
  else if (workers === 0) await runInProcess(run, chunks, collector, options);
  else await runInWorkers(spec, chunks, Math.min(workers, chunks.length), collector, options);
  const result = collector.finish();
  options.onProgress?.(1);
  return result;
}
