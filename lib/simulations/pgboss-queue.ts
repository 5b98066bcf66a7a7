import { createHash } from "node:crypto";
import { PgBoss, type QueueOptions } from "pg-boss";
import type { SimulationRun } from "@/db/schema";
import { splitIntoChunks } from "@/lib/engine/monte-carlo";
import { onShutdown } from "@/lib/process/shutdown";
import { processSingleton } from "@/lib/process/singleton";

// The scale-out queue: with a real PostgreSQL, a background run is split into chunk jobs on pg-boss (in that
// database, schema "pgboss"); `npm run worker` processes anywhere take them. Retries: a job whose worker dies
// stops sending heartbeats and is failed by the monitor after HEARTBEAT_SECONDS, then retried (up to
// RETRY_LIMIT); a job active longer than EXPIRE_SECONDS is retried too, whatever its heartbeats say.
// Order: pg-boss hands out jobs by priority (highest first), then by creation time; a run's chunks carry its fair
// turn (lib/simulations/fair-order.ts) as a negative priority, so organisations take turns. Ids: a chunk job's id is
// derived from its run and chunk index, so the jobs of a run that ended are deleted by id, with no lookup.

export const CHUNK_QUEUE = "simulation-chunk";
export const HEARTBEAT_SECONDS = 10;
export const RETRY_LIMIT = 5;
export const EXPIRE_SECONDS = 15 * 60;

export const CHUNK_QUEUE_OPTIONS: QueueOptions = {
  retryLimit: RETRY_LIMIT,
  retryDelay: 1,
  retryBackoff: false,
  expireInSeconds: EXPIRE_SECONDS,
  heartbeatSeconds: HEARTBEAT_SECONDS,
  deleteAfterSeconds: 24 * 3600,
};

/** One chunk job: iterations start .. start + count − 1 of the run (its manifest is read from the run row). */
export type ChunkJob = { runId: string; chunkIndex: number; start: number; count: number; chunkCount: number };

export type BossOptions = { supervise: boolean; superviseSeconds?: number; max?: number };

/** A started pg-boss on the database, with the chunk queue created (both idempotent). */
export async function startBoss(connectionString: string, options: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    max: options.max ?? 4,
    application_name: "calminer-simulations",
    supervise: options.supervise,
    schedule: false,
    migrate: true,
    ...(options.superviseSeconds ? { superviseIntervalSeconds: options.superviseSeconds, monitorIntervalSeconds: options.superviseSeconds } : {}),
  });
  boss.on("error", (error) => console.warn("pg-boss:", error instanceof Error ? error.message : error));
  await boss.start();
  await boss.createQueue(CHUNK_QUEUE, CHUNK_QUEUE_OPTIONS);
  return boss;
}

type BossHolder = { producer?: Promise<PgBoss>; worker?: PgBoss };
const holder = processSingleton<BossHolder>("simulations.pgboss", () => ({}));

/** Lets a worker process send and delete jobs through its own pg-boss (`undefined` when it stops). */
export function shareWorkerBoss(boss: PgBoss | undefined): void {
  holder.worker = boss;
}

/** This process's pg-boss for sending jobs (no supervision: the workers do it). One per process. */
export function getProducerBoss(connectionString: string): Promise<PgBoss> {
  if (holder.worker) return Promise.resolve(holder.worker);
  if (!holder.producer) onShutdown("pg-boss producer", stopProducerBoss);
  holder.producer ??= startBoss(connectionString, { supervise: false, max: 2 }).catch((error: unknown) => {
    holder.producer = undefined;
    throw error;
  });
  return holder.producer;
}

/** Stops this process's producer (tests, graceful shutdown). */
export async function stopProducerBoss(): Promise<void> {
  const pending = holder.producer;
  holder.producer = undefined;
  if (pending) await (await pending).stop({ graceful: false });
}

/** The chunk jobs of a run, in chunk order. */
export function toChunkJobs(run: Pick<SimulationRun, "id" | "iterations">, chunkIterations: number): ChunkJob[] {
  const chunks = splitIntoChunks(run.iterations, chunkIterations);
  return chunks.map((c, chunkIndex) => ({ runId: run.id, chunkIndex, start: c.start, count: c.count, chunkCount: chunks.length }));
}

/** The id of a chunk's job: a UUID (version 8, "custom") made from the SHA-256 of the run id and chunk index. */
export function chunkJobId(runId: string, chunkIndex: number): string {
  const bytes = createHash("sha256").update(`${runId}:${chunkIndex}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The pg-boss priority of a run's chunks: its fair turn, negated (pg-boss serves the highest priority first). */
export function priorityOfTurn(fairTurn: number): number {
  return -fairTurn;
}

/**
 * Enqueues every chunk of a run in one insert, at the run's priority. Idempotent: a job id already there is skipped.
 * @example await enqueueRunChunks(boss, toChunkJobs(run, 32_768), priorityOfTurn(3))
 */
export async function enqueueRunChunks(boss: PgBoss, jobs: readonly ChunkJob[], priority: number): Promise<void> {
  await boss.insert(CHUNK_QUEUE, jobs.map((data) => ({ id: chunkJobId(data.runId, data.chunkIndex), data, priority })));
}

/**
 * Deletes every chunk job of a run that ended (cancelled or failed), whatever its state: waiting jobs are never
 * taken, and the worker holding an active one finds its claim gone at its next heartbeat (job.signal aborts).
 */
export async function deleteRunChunkJobs(boss: PgBoss, run: Pick<SimulationRun, "id" | "iterations">, chunkIterations: number): Promise<void> {
  const ids = toChunkJobs(run, chunkIterations).map((job) => chunkJobId(job.runId, job.chunkIndex));
  await boss.deleteJob(CHUNK_QUEUE, ids);
}
