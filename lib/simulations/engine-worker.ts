import path from "node:path";
import { createWorkerPool, type WorkerPool } from "@/lib/engine/monte-carlo";
import { onShutdown } from "@/lib/process/shutdown";
import { processSingleton } from "@/lib/process/singleton";
import { resolveWorkerEntry, type WorkerEntry } from "@/lib/process/worker-entry";

/** Where `npm run build:worker` (lib/simulations/build-worker.ts) writes the bundled engine worker. */
export const ENGINE_WORKER_BUNDLE = path.join(".next-worker", "engine-worker.mjs");

/** The engine's worker entry as TypeScript source (run through tsx): only in a source tree, never in an image. */
const SOURCE_ENTRY = path.join("lib", "engine", "monte-carlo", "worker-entry.ts");

/** The engine's worker-thread entry for this process: the bundle in a compiled tree, the source (tsx) in a source tree. */
export function resolveEngineWorker(root = process.cwd()): WorkerEntry {
  return resolveWorkerEntry({ bundle: ENGINE_WORKER_BUNDLE, source: SOURCE_ENTRY, root });
}

const pools = processSingleton("simulations.engine-pools", () => new Map<number, WorkerPool>());

/**
 * This process's warm pool of `threads` engine workers (created on first use, closed on shutdown): a run on it
 * skips the workers' start-up, which costs as much as a 100,000-iteration run on one core.
 */
export function getEnginePool(threads: number): WorkerPool {
  let pool = pools.get(threads);
  if (!pool) {
    pool = createWorkerPool(threads, resolveEngineWorker());
    pools.set(threads, pool);
    const created = pool;
    onShutdown(`engine pool (${threads} threads)`, async () => {
      pools.delete(threads);
      await created.close();
    });
  }
  return pool;
}
