import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { ENGINE_WORKER_BUNDLE, resolveEngineWorker } from "./engine-worker";

// Which file the engine's worker threads load. The production tree (deploy/build.sh) ships the bundle and no
// TypeScript: a run there once tried to load the unshipped source entry and every background run failed.
const roots: string[] = [];
async function tree(files: string[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "engine-worker-"));
  roots.push(root);
  for (const file of files) {
    await mkdir(join(root, file, ".."), { recursive: true });
    await writeFile(join(root, file), file.endsWith(".json") ? "{}" : "");
  }
  return root;
}
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

describe("resolveEngineWorker", () => {
  const source = join("lib", "engine", "monte-carlo", "worker-entry.ts");

  it("loads the bundle in a production tree, which cannot run the source (no tsx), even where the tracer copied it", async () => {
    for (const files of [[ENGINE_WORKER_BUNDLE], [ENGINE_WORKER_BUNDLE, source, "package.json"]]) {
      const root = await tree(files);
      expect(resolveEngineWorker(root)).toEqual({ workerUrl: pathToFileURL(join(root, ENGINE_WORKER_BUNDLE)), workerExecArgv: [] });
    }
  });

  it("loads the source through tsx in a source tree, even beside a (possibly stale) bundle", async () => {
    const root = await tree([ENGINE_WORKER_BUNDLE, source, "package.json", "node_modules/tsx/package.json"]);
    await writeFile(join(root, "node_modules/tsx/package.json"), JSON.stringify({ name: "tsx", main: "index.js" }));
    await writeFile(join(root, "node_modules/tsx/index.js"), "");
    expect(resolveEngineWorker(root)).toEqual({ workerUrl: pathToFileURL(join(root, source)), workerExecArgv: ["--import", "tsx"] });
  });
});
