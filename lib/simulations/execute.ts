import { performance } from "node:perf_hooks";
import { getDb } from "@/db";
import { updateRunProgress, type RunPlace } from "@/db/queries/simulation-status";
import type { WorkerRun } from "@/db/queries/simulations";
import { CancelledError, runMonteCarlo, type MonteCarloResult } from "@/lib/engine/monte-carlo";
import { invalidSpecError } from "./checks";
import { getEnginePool } from "./engine-worker";
import type { SimulationManifest } from "./manifest";
import { storeFailure, storeResult } from "./store";

// Evaluating a whole run in this process: at once in its request (small runs, on the request's thread), or as a
// background job of the in-process queue (on the engine's worker threads), storing its results. A background run
// writes its progress at most every PROGRESS_INTERVAL_MS; a progress write that finds the run no longer running
// (cancelled from any instance) aborts the engine.

const PROGRESS_INTERVAL_MS = 250;

export type ExecuteOptions = { threads: number; signal?: AbortSignal };

/** What a run evaluated in its request gave: its result, or why it failed. */
export type Evaluated = { result: MonteCarloResult; engineMs: number } | { failure: string };

export const roundMs = (ms: number): number => Math.round(ms * 1000) / 1000;

export function placeOf(run: WorkerRun): RunPlace {
  return { runId: run.id, organisationId: run.organisationId, projectId: run.projectId };
}

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The simulation failed: ${message}`;
}

/**
 * Evaluates a run in its request, on this thread, before anything is stored. The engine validates and prepares the
 * run before it evaluates any iteration, so the model is compiled once: a failure before any progress is the
 * definition's (422), unless the manifest already ran on this engine version (a rerun), when it is the run's own
 * failure, as is any later one.
 * @throws AppError SIMULATION_INPUTS_INVALID (422)
 */
export async function evaluateAtOnce(manifest: SimulationManifest, { isRerun }: { isRerun: boolean }): Promise<Evaluated> {
  let hasProgressed = false;
  const started = performance.now();
  try {
    const result = await runMonteCarlo(manifest.spec, { workers: 0, onProgress: () => (hasProgressed = true) });
    return { result, engineMs: roundMs(performance.now() - started) };
  } catch (error) {
    if (!hasProgressed && !isRerun) throw invalidSpecError(error);
    return { failure: describeFailure(error) };
  }
}

/**
 * Runs a stored run on `threads` worker threads (0 = this thread) and stores the result.
 * Never throws for the run's own failure: the run ends failed with the reason (or stays cancelled).
 */
export async function executeRun(run: WorkerRun, options: ExecuteOptions): Promise<void> {
  const db = await getDb();
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const onProgress = (fraction: number): void => {
    const now = Date.now();
    if (fraction >= 1 || now - lastWrite < PROGRESS_INTERVAL_MS) return;
    lastWrite = now;
    pending = updateRunProgress(db, { runId: run.id, progress: fraction }).then((isRunning) => {
      if (!isRunning) controller.abort();
    });
  };
  try {
    const { spec } = run.manifest as SimulationManifest;
    const started = performance.now();
    const engine = options.threads > 0 ? { pool: getEnginePool(options.threads) } : { workers: 0 };
    const result = await runMonteCarlo(spec, { ...engine, onProgress, signal: controller.signal });
    const engineMs = roundMs(performance.now() - started);
    await pending;
    await storeResult(placeOf(run), result, engineMs);
  } catch (error) {
    await pending.catch(() => undefined);
    if (error instanceof CancelledError) return;
    await storeFailure(placeOf(run), describeFailure(error));
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
}
