import type { ChunkToSave, SaveChunkOutcome } from "@/db/queries/simulation-chunks";
import { saveChunk } from "@/db/queries/simulation-chunks";
import { completeRun, failRun, type RunPlace } from "@/db/queries/simulation-status";
import { insertRun, type NewRunResult, type SimulationRunOptions } from "@/db/queries/simulations";
import { readActiveTurns } from "@/db/queries/simulation-turns";
import type { NewSimulationRun, SimulationRun } from "@/db/schema";
import type { MonteCarloResult } from "@/lib/engine/monte-carlo";
import type { DbOrTx } from "@/db";
import { write, type WriteScope } from "@/lib/writes";
import { removeChunkJobs } from "./chunk-removal";
import { nextFairTurn } from "./fair-order";
import { toResultRows } from "./results";
import type { SimulationConfig } from "./config";
import { assertWithinQuota, type QuotaRequest } from "./quota";

// Every write of a run goes through the one write path (lib/writes). A new run is audited ("run") in the
// transaction that inserts it. The background machinery's status and result changes are system writes (no user):
// unaudited, they touch the run's project dashboards. Their scope is carried with the run (RunPlace), never
// looked up again per change. A run that fails takes its pg-boss chunk jobs with it (chunk-removal.ts).

/** The scope of a person's write of a run: the run's organisation and project, and who acts. */
export type RunWriteScope = WriteScope & { projectId: string; userId: string };

function systemScope(place: RunPlace): WriteScope {
  return { organisationId: place.organisationId, userId: null, projectId: place.projectId };
}

/** A new pg-boss run with its fair turn (fair-order.ts); read under the quota lock, so one per turn per organisation. */
async function withFairTurn(tx: DbOrTx, run: NewSimulationRun): Promise<NewSimulationRun> {
  const options = run.options as SimulationRunOptions;
  if (options.execution !== "queue") return run;
  const fairTurn = nextFairTurn(await readActiveTurns(tx, { organisationId: run.organisationId }));
  return { ...run, options: { ...options, fairTurn } };
}

/**
 * Inserts a new run (with its result rows when it finished in its request), audited as "run". A run for pg-boss
 * gets its fair turn here, in the transaction that holds the organisation's quota lock.
 * @returns the stored row
 */
export async function storeNewRun(
  scope: RunWriteScope,
  run: NewSimulationRun,
  results: readonly NewRunResult[] = [],
  quota?: { request: QuotaRequest; limits: SimulationConfig["quota"] },
): Promise<SimulationRun> {
  return write(scope, async (w) => {
    // The quota's decision and this row are one step: a parallel request waits for this commit, then counts it.
    if (quota) await assertWithinQuota(w.tx, quota.request, quota.limits);
    const stored = await insertRun(w.tx, { run: await withFairTurn(w.tx, run), results });
    const { scenarioId, iterations, sampler, seed, inputHash } = stored;
    const rerunOfRunId = (stored.options as { rerunOfRunId?: string | null }).rerunOfRunId ?? null;
    await w.audit({ action: "run", entityType: "simulation_run", entityId: stored.id, after: { scenarioId, iterations, sampler, seed, inputHash, rerunOfRunId } });
    return stored;
  });
}

/** Stores a background run's result (rows, status, timings); false when the run had ended meanwhile (cancelled). */
export async function storeResult(place: RunPlace, result: MonteCarloResult, engineMs: number): Promise<boolean> {
  const results = toResultRows(result);
  const outcome = { iterationsRun: result.iterationsRun, stoppedEarly: result.stoppedEarly, correlationWarnings: result.correlationWarnings, engineMs };
  return write(systemScope(place), async (w) => {
    const isStored = await completeRun(w.tx, { runId: place.runId, results, outcome });
    if (isStored) w.touches("simulation_run");
    return isStored;
  });
}

/**
 * Ends an active run as failed with the reason, then removes its pg-boss chunk jobs; the failed row, or undefined
 * when it had already ended.
 */
export async function storeFailure(place: RunPlace, message: string): Promise<SimulationRun | undefined> {
  const failed = await write(systemScope(place), async (w) => {
    const ended = await failRun(w.tx, { runId: place.runId, message });
    if (ended) w.touches("simulation_run");
    return ended;
  });
  if (failed) await removeChunkJobs(failed);
  return failed;
}

/** Stores one chunk's partial results and the run's progress (no dashboard shows progress: nothing to touch). */
export async function storeChunk(place: RunPlace, chunk: ChunkToSave): Promise<SaveChunkOutcome> {
  return write(systemScope(place), (w) => saveChunk(w.tx, chunk));
}
