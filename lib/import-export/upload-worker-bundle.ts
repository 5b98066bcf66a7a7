import path from "node:path";
import { build } from "esbuild";

// How the upload worker's entry becomes the file production runs (.next-worker/upload-worker.cjs, written by
// `npm run build:worker`, lib/simulations/build-worker.ts). Shared with the test that parses through the bundle, so
// the bundle tested is the bundle shipped. Self-contained, exceljs and fflate included: Next's tracer does not see
// what a worker thread loads, so the app tree's node_modules may lack them. CommonJS, because exceljs is CommonJS
// and requires Node built-ins at run time. Build-time only: nothing the server loads imports this module.

/** The entry, relative to the repository root. */
export const UPLOAD_WORKER_SOURCE = path.join("lib", "import-export", "upload-worker-entry.ts");

/** Bundles the upload worker into `outfile` (with a source map beside it); `root` is the repository root. */
export async function bundleUploadWorker({ outfile, root = process.cwd() }: { outfile: string; root?: string }): Promise<void> {
  await build({
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node22",
    sourcemap: true,
    logLevel: "warning",
    absWorkingDir: root,
    entryPoints: [UPLOAD_WORKER_SOURCE],
    outfile,
    alias: { "@": root },
  });
}
