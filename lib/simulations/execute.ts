import { performance } from "node:perf_hooks";
import type { Db } from "@/db";
import { invalidateAfterRunChange } from "@/lib/cache/invalidate-writes";
import { completeRun, failRun, setRunStoreMs, updateRunProgress } from "@/db/queries/simulations";
import type { SimulationRun } from "@/db/schema";
import { CancelledError, runMonteCarlo, type MonteCarloResult } from "@/lib/engine/monte-carlo";
import { getEnginePool } from "./engine-worker";
import type { SimulationManifest } from "./manifest";
import { toResultRows } from "./results";

// Runs a whole run in this process (at once for small runs, or as a background job of the in-process queue)
// and stores its results. Progress is written at most every PROGRESS_INTERVAL_MS; a progress write that finds
// the run no longer running (cancelled from any instance) aborts the engine.

const PROGRESS_INTERVAL_MS = 250;

export type ExecuteOptions = { threads: number; signal?: AbortSignal };

const roundMs = (ms: number): number => Math.round(ms * 1000) / 1000;

/** Stores a finished result (rows, status, timings); false when the run had ended meanwhile (cancelled). */
export async function storeResult(db: Db, runId: string, result: MonteCarloResult, engineMs: number): Promise<boolean> {
  const started = performance.now();
  const results = toResultRows(runId, result);
  const outcome = { iterationsRun: result.iterationsRun, stoppedEarly: result.stoppedEarly, correlationWarnings: result.correlationWarnings, engineMs, storeMs: 0 };
  const isStored = await completeRun(db, { runId, results, outcome });
  if (isStored) await setRunStoreMs(db, { runId, storeMs: roundMs(performance.now() - started) });
  if (isStored) await invalidateAfterRunChange(db, runId);
  return isStored;
}

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The simulation failed: ${message}`;
}

/**
 * Runs the manifest on `threads` worker threads (0 = this thread) and stores the result.
 * Never throws for the run's own failure: the run ends failed with the reason (or stays cancelled).
 */
export async function executeRun(db: Db, run: SimulationRun, options: ExecuteOptions): Promise<void> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const onProgress = (fraction: number): void => {
    const now = Date.now();
    if (fraction >= 1 || now - lastWrite < PROGRESS_INTERVAL_MS) return;
    lastWrite = now;
    pending = updateRunProgress(db, run.id, fraction).then((isRunning) => {
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
    await storeResult(db, run.id, result, engineMs);
  } catch (error) {
    await pending.catch(() => undefined);
    if (error instanceof CancelledError) return;
    await failRun(db, { runId: run.id, message: describeFailure(error) });
    await invalidateAfterRunChange(db, run.id);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
}
