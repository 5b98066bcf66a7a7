// Bundles what runs outside Next's own bundles, into .next-worker/ (git-ignored), before `next build`:
// - engine-worker.mjs: the engine's worker-thread entry. Under `next start` the engine is part of Next's server
//   bundle, so the runner cannot find its sibling worker-entry file; lib/simulations/engine-worker.ts picks this up.
// - simulation-worker.mjs: the pg-boss worker process (`node .next-worker/simulation-worker.mjs`), for images
//   without tsx. Packages stay external (node_modules is there at run time).
// - upload-worker.cjs: the upload parser's worker-thread entry (lib/import-export/upload-worker.ts picks it up),
//   self-contained; how it is built lives beside it (lib/import-export/upload-worker-bundle.ts).
import { build } from "esbuild";
import path from "node:path";
import { bundleUploadWorker } from "@/lib/import-export/upload-worker-bundle";

const OUT_DIR = ".next-worker";

async function main(): Promise<void> {
  const root = process.cwd();
  const common = { bundle: true, platform: "node", format: "esm", target: "node22", sourcemap: true, logLevel: "warning", absWorkingDir: root } as const;
  await build({ ...common, entryPoints: [path.join("lib", "engine", "monte-carlo", "worker-entry.ts")], outfile: path.join(OUT_DIR, "engine-worker.mjs") });
  await build({
    ...common,
    entryPoints: [path.join("lib", "simulations", "worker-cli.ts")],
    outfile: path.join(OUT_DIR, "simulation-worker.mjs"),
    packages: "external",
    alias: { "@": root },
  });
  await bundleUploadWorker({ outfile: path.join(OUT_DIR, "upload-worker.cjs"), root });
  console.log(`bundled ${OUT_DIR}/engine-worker.mjs, ${OUT_DIR}/simulation-worker.mjs and ${OUT_DIR}/upload-worker.cjs`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
