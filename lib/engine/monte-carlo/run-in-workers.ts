/**
 * One run on worker threads started for it alone (a transient pool): simple, but every run pays the
 * workers' start-up. Long-lived callers (the app server, benchmarks) keep a pool (worker-pool.ts) instead.
 */
import type { Collector } from "./collector";
import type { MonteCarloOptions, MonteCarloSpec } from "./types";
import { createWorkerPool, type Chunk } from "./worker-pool";

export { resolveWorkerEntry, type Chunk, type FromWorker, type ToWorker } from "./worker-pool";

/**
 * Runs `chunks` on `workerCount` new threads until the collector says stop, then terminates them.
 * @throws {CancelledError} when options.signal aborts (all workers are terminated first)
 */
export async function runInWorkers(
  spec: MonteCarloSpec,
  chunks: readonly Chunk[],
  workerCount: number,
  collector: Collector,
  options: MonteCarloOptions,
): Promise<void> {
  const pool = createWorkerPool(workerCount, options);
  try {
    await pool.run(spec, chunks, collector, options);
  } finally {
    await pool.close();
  }
}
