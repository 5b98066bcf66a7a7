import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createWorkerPool, type WorkerPool } from "@/lib/engine/monte-carlo";
import { onShutdown } from "@/lib/process/shutdown";
import { processSingleton } from "@/lib/process/singleton";

/** Where `npm run build:worker` (lib/simulations/build-worker.ts) writes the bundled engine worker. */
export const ENGINE_WORKER_BUNDLE = path.join(".next-worker", "engine-worker.mjs");

/**
 * The engine's worker-thread entry for this process. Under `next start` (and `next dev`) the engine is bundled by
 * Next, so the runner cannot find its sibling worker-entry file: use the esbuild bundle. When this module runs as
 * TypeScript source (tests, `tsx` scripts) use the source through tsx, so a stale bundle left by an older build
 * is never picked up.
 */
export function resolveEngineWorker(root = process.cwd()): { workerUrl: URL; workerExecArgv: string[] } {
  const bundle = path.join(root, ENGINE_WORKER_BUNDLE);
  const isSource = import.meta.url.endsWith(".ts");
  if (!isSource && existsSync(bundle)) return { workerUrl: pathToFileURL(bundle), workerExecArgv: [] };
  return {
    workerUrl: pathToFileURL(path.join(root, "lib", "engine", "monte-carlo", "worker-entry.ts")),
    workerExecArgv: ["--import", "tsx"],
  };
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
