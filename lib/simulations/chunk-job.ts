import { performance } from "node:perf_hooks";
import { getDb } from "@/db";
import { hasChunk, listChunks } from "@/db/queries/simulation-chunks";
import { markRunRunning, touchRun } from "@/db/queries/simulation-status";
import { getRunForWorker, type WorkerRun } from "@/db/queries/simulations";
import { CancelledError, evaluateChunkRange, mergePartials } from "@/lib/engine/monte-carlo";
import { placeOf } from "./execute";
import type { SimulationManifest } from "./manifest";
import { decodePartials, encodePartials } from "./partial-codec";
import type { ChunkJob } from "./pgboss-queue";
import { storeChunk, storeFailure, storeResult } from "./store";

// What a worker process does with one chunk job. Idempotent: a retried job whose chunk is already stored skips
// the evaluation and only checks whether the run can be merged, so a worker killed after storing its chunk (or
// in the middle of the merge) loses nothing. The worker that stores the last chunk merges every partial in chunk
// order and writes the results (storeResult is guarded: a second merge, or one after a cancel, writes nothing).
// The run is read once per job, with its project: every write below is scoped by it. A chunk of a run that has
// ended is skipped at once (its jobs are normally deleted with the run, chunk-removal.ts, but one may be in hand),
// and a chunk whose job pg-boss took back (deleted with its run, or retried elsewhere) stops at its next step.

/** Touch the run (the sweeper's "still alive") and check for a cancel at most this often. */
const TOUCH_INTERVAL_MS = 2000;

export type ChunkJobContext = {
  worker: string;
  isLastAttempt: boolean;
  /** pg-boss's job.signal: aborted when the job is no longer this worker's (deleted, cancelled, retried elsewhere). */
  signal?: AbortSignal;
};

const isActive = (run: WorkerRun | undefined): run is WorkerRun => run?.status === "queued" || run?.status === "running";

/**
 * Evaluates and stores one chunk; merges the run when it was the last. On the job's last attempt a failure ends
 * the run as failed with the reason instead of throwing.
 * @throws the failure on earlier attempts, so pg-boss retries the job
 */
export async function processChunkJob(job: ChunkJob, context: ChunkJobContext): Promise<void> {
  let run: WorkerRun | undefined;
  try {
    run = await getRunForWorker(await getDb(), job.runId);
    if (!isActive(run) || context.signal?.aborted) return;
    const isStored = await hasChunk(await getDb(), job);
    if (!isStored && !(await evaluateAndSave(run, job, context))) return;
    await mergeIfComplete(run, job.chunkCount);
  } catch (error) {
    if (error instanceof CancelledError) return;
    if (!context.isLastAttempt || !run) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await storeFailure(placeOf(run), `Chunk ${job.chunkIndex + 1} of ${job.chunkCount} failed on every attempt: ${message}`);
  }
}

/** @returns false when the run ended meanwhile (nothing to merge) */
async function evaluateAndSave(run: WorkerRun, job: ChunkJob, { worker, signal }: ChunkJobContext): Promise<boolean> {
  const db = await getDb();
  if (!(await markRunRunning(db, { runId: run.id }))) return false;
  const { spec } = run.manifest as SimulationManifest;
  let lastTouch = Date.now();
  const onStep = async (): Promise<void> => {
    if (Date.now() - lastTouch < TOUCH_INTERVAL_MS) return;
    lastTouch = Date.now();
    if (!(await touchRun(db, { runId: run.id }))) throw new CancelledError("The run has ended");
  };
  const started = performance.now();
  const partials = await evaluateChunkRange(spec, job.start, job.count, { onStep, ...(signal ? { signal } : {}) });
  const engineMs = performance.now() - started;
  const chunk = { runId: run.id, chunkIndex: job.chunkIndex, start: job.start, count: job.count, partial: encodePartials(partials), engineMs, worker };
  const saved = await storeChunk(placeOf(run), chunk);
  return saved.isRunActive && saved.chunksDone >= job.chunkCount;
}

async function mergeIfComplete(run: WorkerRun, chunkCount: number): Promise<void> {
  const chunks = await listChunks(await getDb(), run.id);
  if (chunks.length < chunkCount) return;
  const { spec } = run.manifest as SimulationManifest;
  const started = performance.now();
  const result = mergePartials(spec, chunks.flatMap((c) => decodePartials(c.partial)));
  const chunkMs = chunks.reduce((sum, c) => sum + c.engineMs, 0);
  const engineMs = Math.round((chunkMs + performance.now() - started) * 1000) / 1000;
  await storeResult(placeOf(run), result, engineMs);
}
