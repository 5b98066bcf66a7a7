import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createWorkerPool, type WorkerPool } from "@/lib/engine/monte-carlo";
import { onShutdown } from "@/lib/process/shutdown";
import { processSingleton } from "@/lib/process/singleton";

/** Where `npm run build:worker` (lib/simulations/build-worker.ts) writes the bundled engine worker. */
export const ENGINE_WORKER_BUNDLE = path.join(".next-worker", "engine-worker.mjs");

/** The engine's worker entry as TypeScript source (run through tsx): only in a source tree, never in an image. */
const SOURCE_ENTRY = path.join("lib", "engine", "monte-carlo", "worker-entry.ts");

/** Whether this tree can run the TypeScript entry: it holds the source and tsx is installed beside it. */
function canRunSource(root: string): boolean {
  if (!existsSync(path.join(root, SOURCE_ENTRY))) return false;
  try {
    createRequire(path.join(root, "package.json")).resolve("tsx");
    return true;
  } catch {
    return false;
  }
}

/**
 * The engine's worker-thread entry for this process. Where the source cannot run (the production trees of
 * deploy/build.sh: Next's tracer copies the .ts entry there, but no tsx) it is the esbuild bundle; Next's server
 * bundle keeps this module's source URL in `import.meta.url`, so that URL cannot tell a bundled server from a source
 * one. In a source tree (tests, `tsx` scripts, `next dev`) it is the source through tsx, so a stale bundle left by an
 * older build is never picked up.
 */
export function resolveEngineWorker(root = process.cwd()): { workerUrl: URL; workerExecArgv: string[] } {
  const bundle = path.join(root, ENGINE_WORKER_BUNDLE);
  const isCompiled = !import.meta.url.endsWith(".ts");
  if (existsSync(bundle) && (isCompiled || !canRunSource(root))) return { workerUrl: pathToFileURL(bundle), workerExecArgv: [] };
  return { workerUrl: pathToFileURL(path.join(root, SOURCE_ENTRY)), workerExecArgv: ["--import", "tsx"] };
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
