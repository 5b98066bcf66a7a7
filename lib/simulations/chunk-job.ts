import { performance } from "node:perf_hooks";
import type { Db } from "@/db";
import { hasChunk, listChunks, saveChunk } from "@/db/queries/simulation-chunks";
import { invalidateAfterRunChange } from "@/lib/cache/invalidate-writes";
import { failRun, getRunForWorker, markRunRunning, touchRun } from "@/db/queries/simulations";
import type { SimulationRun } from "@/db/schema";
import { CancelledError, evaluateChunkRange, mergePartials } from "@/lib/engine/monte-carlo";
import { storeResult } from "./execute";
import type { SimulationManifest } from "./manifest";
import { decodePartials, encodePartials } from "./partial-codec";
import type { ChunkJob } from "./pgboss-queue";

// What a worker process does with one chunk job. Idempotent: a retried job whose chunk is already stored skips
// the evaluation and only checks whether the run can be merged, so a worker killed after storing its chunk (or
// in the middle of the merge) loses nothing. The worker that stores the last chunk merges every partial in chunk
// order and writes the results (storeResult is guarded: a second merge, or one after a cancel, writes nothing).

/** Touch the run (the sweeper's "still alive") and check for a cancel at most this often. */
const TOUCH_INTERVAL_MS = 2000;

export type ChunkJobContext = { worker: string; isLastAttempt: boolean };

const isActive = (run: SimulationRun | undefined): run is SimulationRun => run?.status === "queued" || run?.status === "running";

/**
 * Evaluates and stores one chunk; merges the run when it was the last. On the job's last attempt a failure ends
 * the run as failed with the reason instead of throwing.
 * @throws the failure on earlier attempts, so pg-boss retries the job
 */
export async function processChunkJob(db: Db, job: ChunkJob, context: ChunkJobContext): Promise<void> {
  try {
    const run = await getRunForWorker(db, job.runId);
    if (!isActive(run)) return;
    const isStored = await hasChunk(db, job);
    if (!isStored && !(await evaluateAndSave(db, run, job, context.worker))) return;
    await mergeIfComplete(db, run, job.chunkCount);
  } catch (error) {
    if (error instanceof CancelledError) return;
    if (!context.isLastAttempt) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await failRun(db, { runId: job.runId, message: `Chunk ${job.chunkIndex + 1} of ${job.chunkCount} failed on every attempt: ${message}` });
    await invalidateAfterRunChange(db, job.runId);
  }
}

/** @returns false when the run ended meanwhile (nothing to merge) */
async function evaluateAndSave(db: Db, run: SimulationRun, job: ChunkJob, worker: string): Promise<boolean> {
  if (!(await markRunRunning(db, run.id))) return false;
  const { spec } = run.manifest as SimulationManifest;
  let lastTouch = Date.now();
  const onStep = async (): Promise<void> => {
    if (Date.now() - lastTouch < TOUCH_INTERVAL_MS) return;
    lastTouch = Date.now();
    if (!(await touchRun(db, run.id))) throw new CancelledError("The run has ended");
  };
  const started = performance.now();
  const partials = await evaluateChunkRange(spec, job.start, job.count, { onStep });
  const engineMs = performance.now() - started;
  const saved = await saveChunk(db, { runId: run.id, chunkIndex: job.chunkIndex, start: job.start, count: job.count, partial: encodePartials(partials), engineMs, worker });
  return saved.isRunActive && saved.chunksDone >= job.chunkCount;
}

async function mergeIfComplete(db: Db, run: SimulationRun, chunkCount: number): Promise<void> {
  const chunks = await listChunks(db, run.id);
  if (chunks.length < chunkCount) return;
  const { spec } = run.manifest as SimulationManifest;
  const started = performance.now();
  const result = mergePartials(spec, chunks.flatMap((c) => decodePartials(c.partial)));
  const chunkMs = chunks.reduce((sum, c) => sum + c.engineMs, 0);
  const engineMs = Math.round((chunkMs + performance.now() - started) * 1000) / 1000;
  await storeResult(db, run.id, result, engineMs);
}
