import { execFile, spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// The production tree the soak benchmark loads: an output of deploy/build.sh (app/, migrate/, worker/), exactly
// what the images run. Built in a private copy of the repository, as deploy/tests/topology.sh does, so a dev server
// or another build in this checkout is left alone.

const execFileAsync = promisify(execFile);

/** Folders never copied into the private source tree (build output, local state, dependencies). */
const RSYNC_EXCLUDES = [".next", ".data", "node_modules", ".git", ".deploy", ".next-worker", "test-results", "playwright-report"];

export type TreeChoice = { dir: string; how: "given" | "reused" | "built" };

function isProductionTree(dir: string): boolean {
  return existsSync(path.join(dir, "app", "server.mjs")) && existsSync(path.join(dir, "migrate", "migrate.mjs"));
}

async function buildInPrivateCopy(repo: string, outDir: string, log: (line: string) => void): Promise<void> {
  const src = mkdtempSync(path.join(tmpdir(), "calminer-soak-src."));
  const buildLog = path.join(tmpdir(), `calminer-soak-build-${process.pid}.log`);
  try {
    const excludes = RSYNC_EXCLUDES.flatMap((name) => ["--exclude", name]);
    await execFileAsync("rsync", ["-a", ...excludes, `${repo}/`, `${src}/`]);
    // Hard links: the copy costs no disk and no time; the build never writes into node_modules.
    await execFileAsync("cp", ["-al", path.join(repo, "node_modules"), path.join(src, "node_modules")]).catch(() =>
      execFileAsync("cp", ["-a", path.join(repo, "node_modules"), path.join(src, "node_modules")]),
    );
    log(`building the production tree with deploy/build.sh in ${src} (log: ${buildLog}); a few minutes on two busy cores`);
    const fd = openSync(buildLog, "w");
    try {
      await new Promise<void>((resolve, reject) => {
        const child = spawn("bash", [path.join(src, "deploy", "build.sh"), outDir], { cwd: src, stdio: ["ignore", fd, fd] });
        child.once("error", reject);
        child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`deploy/build.sh exited with ${code}: see ${buildLog}`))));
      });
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

/**
 * SOAK_BUILD (a deploy/build.sh output) when given; else `.data/soak-build`, reused when present unless
 * SOAK_REBUILD=1, built otherwise. A reused tree may be older than the checkout: rebuild after changing the app.
 */
export async function ensureProductionTree(
  repo: string,
  options: { given: string | undefined; isRebuild: boolean },
  log: (line: string) => void,
): Promise<TreeChoice> {
  if (options.given) {
    const dir = path.resolve(options.given);
    if (!isProductionTree(dir)) throw new Error(`SOAK_BUILD=${dir} is not an output of deploy/build.sh (no app/server.mjs or migrate/migrate.mjs)`);
    return { dir, how: "given" };
  }
  const dir = path.join(repo, ".data", "soak-build");
  if (isProductionTree(dir) && !options.isRebuild) return { dir, how: "reused" };
  await buildInPrivateCopy(repo, dir, log);
  if (!isProductionTree(dir)) throw new Error(`deploy/build.sh finished but ${dir} holds no production tree`);
  return { dir, how: "built" };
}
