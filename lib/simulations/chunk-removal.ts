import type { SimulationRunOptions } from "@/db/queries/simulations";
import type { SimulationRun } from "@/db/schema";
import { logUnexpectedError } from "@/lib/observability/log-error";
import { getSimulationConfig } from "./config";
import { deleteRunChunkJobs, getProducerBoss } from "./pgboss-queue";

// A pg-boss run that ends early (cancelled, failed by the sweeper or by a chunk's last attempt) takes its chunk jobs
// with it. Left behind, every one of them was still fetched by a worker before any later run's, each fetch only to
// find the run ended: runs queued behind a swept run waited minutes. Best effort, after the run's row has ended: a
// job that survives (pg-boss unreachable, a job sent in the moment of the cancel) is skipped by the worker that
// takes it (chunk-job.ts), so a failure here is logged, never raised to the cancel or the sweep.

/** Deletes the chunk jobs of a run that ended, when it ran on pg-boss. Never throws. */
export async function removeChunkJobs(run: Pick<SimulationRun, "id" | "iterations" | "options">): Promise<void> {
  const { execution, chunkIterations } = run.options as Partial<SimulationRunOptions>;
  if (execution !== "queue" || !chunkIterations) return;
  try {
    const { databaseUrl } = getSimulationConfig();
    if (databaseUrl) await deleteRunChunkJobs(await getProducerBoss(databaseUrl), run, chunkIterations);
  } catch (error) {
    logUnexpectedError("simulations", `simulation ${run.id}: could not remove its chunk jobs from pg-boss`, error);
  }
}
