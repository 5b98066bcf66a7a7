import { performance } from "node:perf_hooks";
import { getDb } from "@/db";
import { hasChunk, listChunks } from "@/db/queries/simulation-chunks";
import { markRunRunning, touchRun } from "@/db/queries/simulation-status";
import { getRunForWorker, type SimulationRunOptions, type WorkerRun } from "@/db/queries/simulations";
import { CancelledError, evaluateChunkRange, mergeLeadingPartials, mergePartials, type MonteCarloResult } from "@/lib/engine/monte-carlo";
import { removeChunkJobs } from "./chunk-removal";
import { stopCheckpoints } from "./convergence";
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
// A run with a convergence auto-stop may end before its last chunk: the worker whose chunk completes the chunks up
// to a stop checkpoint merges the leading chunks, and when the engine stops there it stores that result (the same
// bits as merging every chunk) and deletes the run's other chunk jobs; workers still evaluating one see the run
// ended at their next touch.

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
    if (!isStored) {
      const chunksDone = await evaluateAndSave(run, job, context);
      if (chunksDone === null) return;
      if (chunksDone < job.chunkCount && !(await mayStopAfter(run, job))) return;
    }
    await mergeWhenReady(run, job.chunkCount);
  } catch (error) {
    if (error instanceof CancelledError) return;
    if (!context.isLastAttempt || !run) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await storeFailure(placeOf(run), `Chunk ${job.chunkIndex + 1} of ${job.chunkCount} failed on every attempt: ${message}`);
  }
}

/** @returns the run's stored chunks after this one, or null when the run ended meanwhile (nothing to merge) */
async function evaluateAndSave(run: WorkerRun, job: ChunkJob, { worker, signal }: ChunkJobContext): Promise<number | null> {
  const db = await getDb();
  if (!(await markRunRunning(db, { runId: run.id }))) return null;
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
  return saved.isRunActive ? saved.chunksDone : null;
}

/**
 * Whether the run may stop early now that this chunk is stored: the chunks up to the first stop checkpoint after this
 * chunk's start are all stored (cheap look-ups; the merge reads every partial). Of the chunks a checkpoint needs, the
 * one stored last sees them all, so every checkpoint is tried by at least one worker.
 */
async function mayStopAfter(run: WorkerRun, job: ChunkJob): Promise<boolean> {
  const { spec } = run.manifest as SimulationManifest;
  const checkpoint = stopCheckpoints(spec).find((at) => at > job.start);
  if (checkpoint === undefined) return false;
  const chunkIterations = (run.options as Partial<SimulationRunOptions>).chunkIterations ?? job.count;
  const db = await getDb();
  for (let chunkIndex = 0; chunkIndex < Math.ceil(checkpoint / chunkIterations); chunkIndex += 1) {
    if (chunkIndex !== job.chunkIndex && !(await hasChunk(db, { runId: run.id, chunkIndex }))) return false;
  }
  return true;
}

/**
 * Merges and stores the run once its chunks end it: all of them, or (with an auto-stop) the leading ones when the
 * engine stops inside them. A run stopped early takes its remaining chunk jobs with it.
 */
async function mergeWhenReady(run: WorkerRun, chunkCount: number): Promise<void> {
  const chunks = await listChunks(await getDb(), run.id);
  const { spec } = run.manifest as SimulationManifest;
  const isComplete = chunks.length >= chunkCount;
  if (!isComplete && !spec.convergence) return;
  // Chunks come in chunk order: the leading ones are those whose index is their position.
  const used = isComplete ? chunks : chunks.filter((c, position) => c.chunkIndex === position);
  const started = performance.now();
  const partials = used.flatMap((c) => decodePartials(c.partial));
  const result: MonteCarloResult | null = isComplete ? mergePartials(spec, partials) : mergeLeadingPartials(spec, partials);
  if (!result) return;
  const chunkMs = used.reduce((sum, c) => sum + c.engineMs, 0);
  const engineMs = Math.round((chunkMs + performance.now() - started) * 1000) / 1000;
  const isStored = await storeResult(placeOf(run), result, engineMs);
  if (isStored && !isComplete) await removeChunkJobs(run);
}
