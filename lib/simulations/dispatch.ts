import type { RunPlace } from "@/db/queries/simulation-status";
import type { SimulationRunOptions } from "@/db/queries/simulations";
import type { NewSimulationRun, SimulationRun } from "@/db/schema";
import type { SimulationDetailOutput, SimulationRunOutput } from "@/lib/http/contracts/simulations";
import { processSingleton } from "@/lib/process/singleton";
import { checkSpec } from "./checks";
import { getSimulationConfig, type SimulationConfig } from "./config";
import { evaluateAtOnce } from "./execute";
import { enqueueLocalRun } from "./local-queue";
import { hashManifest, type SimulationManifest } from "./manifest";
import { enqueueRunChunks, getProducerBoss, priorityOfTurn, toChunkJobs } from "./pgboss-queue";
import { toDetailOutput, toRunOutput } from "./present";
import { toFreshResultOutputs, toResultRows } from "./results";
import { storeFailure, storeNewRun, type RunWriteScope } from "./store";
import { startSweeper, sweepStaleRuns } from "./sweeper";
import { precheckQuota, type QuotaRequest } from "./quota";
import { getDb } from "@/db";

// A new run (or a rerun) goes where it runs: evaluated at once in this request and stored finished with its results
// (small runs), or stored queued and sent to this process's background pool (embedded default) or as chunk jobs to
// pg-boss workers (real PostgreSQL), where runs take turns across organisations (fair-order.ts). The answer is
// built from what this request holds: nothing is read back.

export type Dispatched = { status: 201; run: SimulationDetailOutput } | { status: 202; run: SimulationRunOutput };

export type NewRun = {
  scope: RunWriteScope;
  /** Shown as the run's creator in the answer (the caller). */
  creatorName: string;
  manifest: SimulationManifest;
  /** The run whose stored manifest this one reuses: it ran on this engine version before. */
  rerunOfRunId: string | null;
  /** In percent, as asked. */
  percentiles: number[];
};

/**
 * Starts this process's sweeper once, with a first sweep now: runs orphaned by a crash (of this or another instance)
 * end as failed soon after an instance starts, not only after it happens to queue a run. instrumentation.ts calls
 * it at start; dispatching a run calls it too (tests, scripts).
 */
export function ensureSweeper(staleMinutes = getSimulationConfig().staleMinutes): void {
  const sweeper = processSingleton("simulations.sweeper", () => ({ isStarted: false }));
  if (sweeper.isStarted) return;
  sweeper.isStarted = true;
  startSweeper(staleMinutes);
  sweepStaleRuns(staleMinutes).catch((error: unknown) => console.warn("simulation sweeper:", error instanceof Error ? error.message : error));
}

/** The row of a new run, as asked (its state comes from where it runs). */
function newRunRow(input: NewRun, execution: SimulationRunOptions["execution"], chunkIterations: number): NewSimulationRun {
  const { spec } = input.manifest;
  const options: SimulationRunOptions = {
    metrics: [...(spec.metrics ?? [])],
    percentiles: input.percentiles,
    keepSamples: spec.keepSamples === true,
    rerunOfRunId: input.rerunOfRunId,
    execution,
    ...(execution === "queue" ? { chunkIterations } : {}),
  };
  return {
    scenarioId: input.manifest.scenarioId,
    organisationId: input.scope.organisationId,
    createdBy: input.scope.userId,
    iterations: spec.iterations,
    sampler: spec.sampler === "latin-hypercube" ? "latin_hypercube" : "monte_carlo",
    seed: spec.seed,
    engineVersion: input.manifest.engineVersion,
    manifest: input.manifest,
    inputHash: hashManifest(input.manifest),
    options,
  };
}

/** Runs a new run at once or queues it; the answer is 201 with the stored result, or 202 with the queued run. */
export async function dispatchRun(input: NewRun): Promise<Dispatched> {
  const config = getSimulationConfig();
  const isBackground = input.manifest.spec.iterations > config.syncMaxIterations;
  // Refused before any work; checked again, under a lock, where the run is stored.
  await precheckQuota(await getDb(), quotaRequestOf(input, isBackground), config.quota);
  return isBackground ? runInBackground(input, config) : runAtOnce(input, config);
}

function quotaRequestOf(input: NewRun, isBackground: boolean): QuotaRequest {
  return { organisationId: input.scope.organisationId, iterations: input.manifest.spec.iterations, isBackground };
}

async function runAtOnce(input: NewRun, config: SimulationConfig): Promise<Dispatched> {
  const startedAt = new Date();
  const evaluated = await evaluateAtOnce(input.manifest, { isRerun: input.rerunOfRunId !== null });
  const row = newRunRow(input, "inline", config.chunkIterations);
  const times = { queuedAt: startedAt, createdAt: startedAt, startedAt };
  if ("failure" in evaluated) {
    const failed = await storeNewRun(input.scope, { ...row, ...times, status: "failed", errorMessage: evaluated.failure });
    return { status: 201, run: toDetailOutput({ ...failed, createdByName: input.creatorName }, null) };
  }
  const { result, engineMs } = evaluated;
  const outcome = { iterationsRun: result.iterationsRun, stoppedEarly: result.stoppedEarly, correlationWarnings: result.correlationWarnings, engineMs, storeMs: 0 };
  const options = { ...(row.options as SimulationRunOptions), outcome };
  const quota = { request: quotaRequestOf(input, false), limits: config.quota };
  const stored = await storeNewRun(input.scope, { ...row, ...times, status: "succeeded", progress: 1, options }, toResultRows(result), quota);
  return { status: 201, run: toDetailOutput({ ...stored, createdByName: input.creatorName }, toFreshResultOutputs(result)) };
}

async function runInBackground(input: NewRun, config: SimulationConfig): Promise<Dispatched> {
  // A queued run must never fail for its definition; a rerun's manifest already ran on this engine version.
  if (input.rerunOfRunId === null) checkSpec(input.manifest);
  const execution = config.queue === "pgboss" ? "queue" : "local";
  const quota = { request: quotaRequestOf(input, true), limits: config.quota };
  const queued = await storeNewRun(input.scope, { ...newRunRow(input, execution, config.chunkIterations), status: "queued", startedAt: null }, [], quota);
  const place: RunPlace = { runId: queued.id, organisationId: input.scope.organisationId, projectId: input.scope.projectId };
  let run: SimulationRun = queued;
  try {
    await sendToBackground(place, queued, config);
  } catch (error) {
    const message = `The run could not be queued: ${error instanceof Error ? error.message : String(error)}`;
    run = (await storeFailure(place, message)) ?? queued;
  }
  return { status: 202, run: toRunOutput({ ...run, createdByName: input.creatorName }) };
}

async function sendToBackground(place: RunPlace, run: SimulationRun, config: SimulationConfig): Promise<void> {
  ensureSweeper(config.staleMinutes);
  if (config.queue === "local" || !config.databaseUrl) {
    enqueueLocalRun(place.runId, place.organisationId, config.threads);
    return;
  }
  const boss = await getProducerBoss(config.databaseUrl);
  // The chunking and turn stored with the run (storeNewRun gave it its turn): removing its jobs later uses them too.
  const { chunkIterations = config.chunkIterations, fairTurn = 0 } = run.options as SimulationRunOptions;
  await enqueueRunChunks(boss, toChunkJobs(run, chunkIterations), priorityOfTurn(fairTurn));
}
