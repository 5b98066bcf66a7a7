import { getDb, type Db } from "@/db";
import { invalidateAfterRunChange } from "@/lib/cache/invalidate-writes";
import { failRun, getRun, insertRun, listRunResults, type RunWithCreator, type SimulationRunOptions } from "@/db/queries/simulations";
import { recordAudit } from "@/db/queries/audit";
import type { SimulationRun } from "@/db/schema";
import type { SimulationDetailOutput, SimulationRunOutput } from "@/lib/http/contracts/simulations";
import { getSimulationConfig } from "./config";
import { executeRun } from "./execute";
import { enqueueLocalRun } from "./local-queue";
import type { SimulationManifest } from "./manifest";
import { hashManifest } from "./manifest";
import { enqueueRunChunks, getProducerBoss, toChunkJobs } from "./pgboss-queue";
import { toDetailOutput, toRunOutput } from "./present";
import { startSweeper } from "./sweeper";
import { processSingleton } from "@/lib/process/singleton";

// Creating a run and sending it where it runs: at once in this request (small runs), to this process's
// background pool (embedded default), or as chunk jobs to pg-boss workers (real PostgreSQL).

export type Dispatched = { status: 201; run: SimulationDetailOutput } | { status: 202; run: SimulationRunOutput };

export type NewRun = {
  organisationId: string;
  userId: string;
  manifest: SimulationManifest;
  rerunOfRunId: string | null;
  /** In percent, as asked. */
  percentiles: number[];
};


/** Starts this process's sweeper once (local background runs can be lost with the process). */
function ensureSweeper(staleMinutes: number): void {
  const sweeper = processSingleton("simulations.sweeper", () => ({ isStarted: false }));
  if (sweeper.isStarted) return;
  sweeper.isStarted = true;
  startSweeper(getDb, staleMinutes);
}

async function readRun(db: Db, organisationId: string, runId: string): Promise<RunWithCreator> {
  const run = await getRun(db, { organisationId, runId });
  if (!run) throw new Error(`simulation run ${runId} vanished`);
  return run;
}

/** Inserts the run (queued) with its audit entry, then runs it now or queues it. */
export async function createAndDispatchRun(db: Db, input: NewRun): Promise<Dispatched> {
  const config = getSimulationConfig();
  const { spec } = input.manifest;
  const isInline = spec.iterations <= config.syncMaxIterations;
  const execution: SimulationRunOptions["execution"] = isInline ? "inline" : config.queue === "pgboss" ? "queue" : "local";
  const options: SimulationRunOptions = {
    metrics: [...(spec.metrics ?? [])],
    percentiles: input.percentiles,
    keepSamples: spec.keepSamples === true,
    rerunOfRunId: input.rerunOfRunId,
    execution,
    ...(execution === "queue" ? { chunkIterations: config.chunkIterations } : {}),
  };
  const run = await db.transaction(async (tx) => {
    const inserted = await insertRun(tx, {
      scenarioId: input.manifest.scenarioId,
      organisationId: input.organisationId,
      createdBy: input.userId,
      iterations: spec.iterations,
      sampler: spec.sampler === "latin-hypercube" ? "latin_hypercube" : "monte_carlo",
      seed: spec.seed,
      status: isInline ? "running" : "queued",
      startedAt: isInline ? new Date() : null,
      engineVersion: input.manifest.engineVersion,
      manifest: input.manifest,
      inputHash: hashManifest(input.manifest),
      options,
    });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      userId: input.userId,
      action: "run",
      entityType: "simulation_run",
      entityId: inserted.id,
      after: { scenarioId: inserted.scenarioId, iterations: inserted.iterations, sampler: inserted.sampler, seed: inserted.seed, inputHash: inserted.inputHash, rerunOfRunId: input.rerunOfRunId },
    });
    return inserted;
  });
  await invalidateAfterRunChange(db, run.id);
  if (isInline) {
    await executeRun(db, run, { threads: 0 });
    const stored = await readRun(db, input.organisationId, run.id);
    return { status: 201, run: toDetailOutput(stored, await listRunResults(db, run.id)) };
  }
  try {
    await sendToBackground(run, config);
  } catch (error) {
    await failRun(db, { runId: run.id, message: `The run could not be queued: ${error instanceof Error ? error.message : String(error)}` });
    await invalidateAfterRunChange(db, run.id);
  }
  return { status: 202, run: toRunOutput(await readRun(db, input.organisationId, run.id)) };
}

async function sendToBackground(run: SimulationRun, config: ReturnType<typeof getSimulationConfig>): Promise<void> {
  ensureSweeper(config.staleMinutes);
  if (config.queue === "local" || !config.databaseUrl) {
    enqueueLocalRun(getDb, run.id, config.threads);
    return;
  }
  const boss = await getProducerBoss(config.databaseUrl);
  await enqueueRunChunks(boss, toChunkJobs(run, config.chunkIterations));
}
