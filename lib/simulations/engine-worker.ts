import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Where `npm run build:worker` (lib/simulations/build-worker.ts) writes the bundled engine worker. */
export const ENGINE_WORKER_BUNDLE = path.join(".next-worker", "engine-worker.mjs");

/**
 * The engine's worker-thread entry for this process. Under `next start` (and `next dev`) the engine is bundled by
 * Next, so the runner cannot find its sibling worker-entry file: use the esbuild bundle when it exists, else the
 * TypeScript source through tsx (development, tests, `tsx` scripts).
 */
export function resolveEngineWorker(root = process.cwd()): { workerUrl: URL; workerExecArgv: string[] } {
  const bundle = path.join(root, ENGINE_WORKER_BUNDLE);
  if (existsSync(bundle)) return { workerUrl: pathToFileURL(bundle), workerExecArgv: [] };
  return {
    workerUrl: pathToFileURL(path.join(root, "lib", "engine", "monte-carlo", "worker-entry.ts")),
    workerExecArgv: ["--import", "tsx"],
  };
}
