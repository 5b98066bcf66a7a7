import { PgBoss, type QueueOptions } from "pg-boss";
import type { SimulationRun } from "@/db/schema";
import { splitIntoChunks } from "@/lib/engine/monte-carlo";
import { onShutdown } from "@/lib/process/shutdown";
import { processSingleton } from "@/lib/process/singleton";

// The scale-out queue: with a real PostgreSQL, a background run is split into chunk jobs on pg-boss (in that
// database, schema "pgboss"); `npm run worker` processes anywhere take them. Retries: a job whose worker dies
// stops sending heartbeats and is failed by the monitor after HEARTBEAT_SECONDS, then retried (up to
// RETRY_LIMIT); a job active longer than EXPIRE_SECONDS is retried too, whatever its heartbeats say.

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

type BossHolder = { producer?: Promise<PgBoss> };
const holder = processSingleton<BossHolder>("simulations.pgboss", () => ({}));

/** This app instance's pg-boss for sending jobs (no supervision: the workers do it). One per process. */
export function getProducerBoss(connectionString: string): Promise<PgBoss> {
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

/** Enqueues every chunk of a run in one insert. */
export async function enqueueRunChunks(boss: PgBoss, jobs: readonly ChunkJob[]): Promise<void> {
  await boss.insert(CHUNK_QUEUE, jobs.map((data) => ({ data })));
}
