import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Which file a worker thread loads: the esbuild bundle (lib/simulations/build-worker.ts writes .next-worker/) or
// the TypeScript source through tsx. Shared by the engine's pool and the upload parser.

/** What `new Worker(workerUrl, { execArgv: workerExecArgv })` needs. */
export type WorkerEntry = { workerUrl: URL; workerExecArgv: string[] };

/** Whether this tree can run the TypeScript entry: it holds the source and tsx is installed beside it. */
function canRunSource(root: string, source: string): boolean {
  if (!existsSync(path.join(root, source))) return false;
  try {
    createRequire(path.join(root, "package.json")).resolve("tsx");
    return true;
  } catch {
    return false;
  }
}

/**
 * The worker entry for this process, `bundle` and `source` relative to `root`. Where the source cannot run (the
 * production trees of deploy/build.sh: Next's tracer may copy a .ts entry there, but no tsx) it is the bundle;
 * Next's server bundle keeps this module's source URL in `import.meta.url`, so that URL cannot tell a bundled server
 * from a source one. In a source tree (tests, `tsx` scripts, `next dev`) it is the source through tsx, so a stale
 * bundle left by an older build is never picked up.
 */
export function resolveWorkerEntry({ bundle, source, root = process.cwd() }: { bundle: string; source: string; root?: string }): WorkerEntry {
  // turbopackIgnore: paths known only at run time, which Next's tracer would otherwise answer by copying the whole
  // project (sources, tests, docs) into .next/standalone, with a build warning on every `next build`. The trees
  // that run these files get them explicitly (deploy/build.sh copies .next-worker/; check-build-output.mjs checks).
  const bundlePath = path.join(/*turbopackIgnore: true*/ root, bundle);
  const isCompiled = !import.meta.url.endsWith(".ts");
  if (existsSync(/*turbopackIgnore: true*/ bundlePath) && (isCompiled || !canRunSource(root, source))) {
    return { workerUrl: pathToFileURL(bundlePath), workerExecArgv: [] };
  }
  return { workerUrl: pathToFileURL(path.join(/*turbopackIgnore: true*/ root, source)), workerExecArgv: ["--import", "tsx"] };
}
