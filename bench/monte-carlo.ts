/**
 * Benchmark building blocks: time one JS run (in-process or on workers), run the NumPy reference,
 * bundle the worker with esbuild (the production path of `workerUrl`), and measure peak memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runMonteCarlo, type MonteCarloOptions, type MonteCarloSpec } from "../lib/engine/monte-carlo";
import { prepareRun } from "../lib/engine/monte-carlo/prepare-run";
import { exportModel } from "./export-model";
import { runKernel } from "./kernel/standard-kernel";

/** One run; `stages` (seconds per stage) only from the NumPy reference, which times its own stages. */
export type Timing = { seconds: number; iterationsPerSecond: number; meanNpv: number; npvStandardError: number; stages?: Record<string, number> };

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** Bundles lib/engine/monte-carlo/worker-entry.ts into one ESM file and returns its URL. */
export async function bundleWorker(): Promise<URL> {
  const esbuild = await import("esbuild");
  const outfile = join(mkdtempSync(join(tmpdir(), "calminer-bench-")), "monte-carlo-worker.mjs");
  await esbuild.build({ entryPoints: [here("../lib/engine/monte-carlo/worker-entry.ts")], bundle: true, platform: "node", format: "esm", target: "node22", outfile, logLevel: "warning" });
  return pathToFileURL(outfile);
}

/** One run of the JS engine: `{ workers: 0 }` in-process (one thread), `{ workers, workerUrl }` on threads started for the run, `{ pool }` on warm threads. */
export async function timeJs(spec: MonteCarloSpec, options: MonteCarloOptions): Promise<Timing> {
  const t0 = performance.now();
  const result = await runMonteCarlo(spec, options);
  const seconds = (performance.now() - t0) / 1000;
  const npv = result.metrics.find((m) => m.metric === "npv");
  return { seconds, iterationsPerSecond: spec.iterations / seconds, meanNpv: npv?.mean ?? NaN, npvStandardError: npv?.standardError ?? NaN };
}

/** One run of the hand-written kernel (bench/kernel), preparation included as the engine's run includes it. */
export function timeKernel(spec: MonteCarloSpec): Timing {
  const t0 = performance.now();
  const run = prepareRun(spec);
  const result = runKernel(run, exportModel(run));
  const seconds = (performance.now() - t0) / 1000;
  let sum = 0, squares = 0;
  for (const v of result.npv) sum += v;
  const mean = sum / result.npv.length;
  for (const v of result.npv) squares += (v - mean) ** 2;
  const sd = Math.sqrt(squares / (result.npv.length - 1));
  return { seconds, iterationsPerSecond: spec.iterations / seconds, meanNpv: mean, npvStandardError: sd / Math.sqrt(result.npv.length), stages: result.stages };
}

/** Writes the exported model once; returns its path. */
export function writeModelFile(spec: MonteCarloSpec): string {
  const path = join(mkdtempSync(join(tmpdir(), "calminer-numpy-")), "model.json");
  writeFileSync(path, JSON.stringify(exportModel(prepareRun(spec))));
  return path;
}

type NumpyOutput = { seconds: number; iterationsPerSecond: number; stages: Record<string, number>; metrics: { npv: { mean: number; sd: number; count: number } } };

/** One run of the NumPy reference (its own timer excludes interpreter start-up and the import of numpy). */
export function timeNumpy(modelPath: string, iterations: number): Timing {
  const out = spawnSync("/usr/bin/python3", [here("./python/mc_numpy.py"), modelPath, String(iterations)], { encoding: "utf8", env: { ...process.env, OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1" } });
  if (out.status !== 0) throw new Error(`mc_numpy.py failed: ${out.stderr}`);
  const parsed = JSON.parse(out.stdout) as NumpyOutput;
  const npv = parsed.metrics.npv;
  return { seconds: parsed.seconds, iterationsPerSecond: parsed.iterationsPerSecond, meanNpv: npv.mean, npvStandardError: npv.sd / Math.sqrt(npv.count), stages: parsed.stages };
}

/** Runs `bench/run.ts --memory N` in a fresh process and returns its peak RSS and heap (MB). */
export function measureMemory(iterations: number, workerUrl: URL): { rssMb: number; heapMb: number; seconds: number } {
  const out = spawnSync(process.execPath, ["--import", "tsx", here("./run.ts"), "--memory", String(iterations), workerUrl.href], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(`memory run failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").at(-1) ?? "{}") as { rssMb: number; heapMb: number; seconds: number };
}
