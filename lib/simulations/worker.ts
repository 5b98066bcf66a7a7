import { hostname } from "node:os";
import type { JobWithMetadata } from "pg-boss";
import { startSimulationJob } from "@/lib/observability/metrics";
import { processChunkJob } from "./chunk-job";
import { CHUNK_QUEUE, shareWorkerBoss, startBoss, type ChunkJob } from "./pgboss-queue";
import { startSweeper } from "./sweeper";

export type WorkerOptions = {
  connectionString: string;
  /** Chunk jobs evaluated at the same time by this process. */
  concurrency: number;
  staleMinutes: number;
  /** pg-boss supervision (heartbeat and expiry checks) interval; default 15 s. */
  superviseSeconds?: number;
};

export type SimulationWorker = { stop: () => Promise<void> };

/**
 * A simulation worker: takes chunk jobs from pg-boss, evaluates and stores them, merges finished runs, supervises
 * the queue (so a dead worker's jobs are retried) and sweeps stale runs.
 * @example const worker = await startSimulationWorker({ connectionString, concurrency: 1, staleMinutes: 10 });
 */
export async function startSimulationWorker(options: WorkerOptions): Promise<SimulationWorker> {
  const boss = await startBoss(options.connectionString, { supervise: true, superviseSeconds: options.superviseSeconds ?? 15 });
  // Failures stored in this process (a chunk's last attempt, the sweeper) delete chunk jobs through this boss.
  shareWorkerBoss(boss);
  const worker = `${hostname()}:${process.pid}`;
  await boss.work(
    CHUNK_QUEUE,
    { localConcurrency: options.concurrency, batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 },
    async (jobs: JobWithMetadata<ChunkJob>[]) => {
      for (const job of jobs) {
        const done = startSimulationJob();
        try {
          await processChunkJob(job.data, { worker, isLastAttempt: job.retryCount >= job.retryLimit, signal: job.signal });
          done("completed");
        } catch (error) {
          done("failed");
          throw error;
        }
      }
    },
  );
  const stopSweeper = startSweeper(options.staleMinutes);
  return {
    stop: async () => {
      stopSweeper();
      shareWorkerBoss(undefined);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
