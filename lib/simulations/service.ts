import { getDb } from "@/db";
import { cancelRun } from "@/db/queries/simulation-status";
import { getRun, getRunState, listRunResults, listScenarioRuns } from "@/db/queries/simulations";
import type { Owned } from "@/lib/access";
import type { CurrentUser } from "@/lib/auth/types";
import { ENGINE_VERSION } from "@/lib/engine/monte-carlo";
import { AppError, notFound } from "@/lib/errors";
import type { ListSimulationsQuery, RunSimulationBody, SimulationDetailOutput, SimulationPageOutput, SimulationRunOutput } from "@/lib/http/contracts/simulations";
import { loadEffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { write } from "@/lib/writes";
import { checkSamplesFit } from "./checks";
import { removeChunkJobs } from "./chunk-removal";
import { getSimulationConfig } from "./config";
import { dispatchRun, type Dispatched } from "./dispatch";
import { openStreamCount, STREAM_LIMITS, streamRunEvents } from "./events";
import { abortLocalRun } from "./local-queue";
import { followerCount } from "./run-watch";
import { getApiUser } from "@/lib/auth/api-user";
import { buildManifest, chooseSeed, type SimulationManifest } from "./manifest";
import { toDetailOutput, toRunOutput, toStoredOutput } from "./present";
import { percentOf } from "./results";
import type { RunWriteScope } from "./store";

// The simulation API's operations. The route handler has parsed the request and loaded the record the URL names
// (ctx.load: 404 outside the caller's organisations, then 403 below the contract's role); each operation acts on
// that owned record, scoped by its organisation.

export type { Dispatched } from "./dispatch";

function writeScope(user: CurrentUser, owned: Owned): RunWriteScope {
  return { organisationId: owned.organisationId, userId: user.id, projectId: owned.projectId };
}

/** POST /api/simulations/run: `owned` is the scenario's. */
export async function startSimulation(user: CurrentUser, owned: Owned, body: RunSimulationBody): Promise<Dispatched> {
  const effective = await loadEffectiveScenario(await getDb(), { organisationId: owned.organisationId, scenarioId: body.scenarioId });
  if (!effective) throw notFound("Scenario");
  const manifest = buildManifest(effective, { ...body, seed: body.seed ?? chooseSeed() });
  checkSamplesFit(manifest, getSimulationConfig().maxRawSamples);
  const percentiles = (manifest.spec.percentiles ?? []).map(percentOf);
  return dispatchRun({ scope: writeScope(user, owned), creatorName: user.name, manifest, rerunOfRunId: null, percentiles });
}

/** POST /api/simulations/{runId}/rerun: the stored manifest, never the scenario's current inputs. */
export async function rerunSimulation(user: CurrentUser, owned: Owned, runId: string): Promise<Dispatched> {
  const original = await getRun(await getDb(), { organisationId: owned.organisationId, runId });
  if (!original) throw notFound("Simulation run");
  const manifest = original.manifest as SimulationManifest;
  if (original.engineVersion !== ENGINE_VERSION || manifest.engineVersion !== ENGINE_VERSION) {
    throw new AppError(
      "ENGINE_VERSION_CHANGED",
      `This run was made by engine ${original.engineVersion}; this server runs ${ENGINE_VERSION} and cannot reproduce it exactly. Start a new run instead.`,
      { status: 422 },
    );
  }
  const percentiles = (original.options as { percentiles?: number[] }).percentiles ?? [];
  return dispatchRun({ scope: writeScope(user, owned), creatorName: user.name, manifest, rerunOfRunId: original.id, percentiles });
}

/** POST /api/simulations/{runId}/cancel */
export async function cancelSimulation(user: CurrentUser, owned: Owned, runId: string): Promise<SimulationRunOutput> {
  const { organisationId } = owned;
  const cancelled = await write(writeScope(user, owned), async (w) => {
    const run = await getRun(w.tx, { organisationId, runId });
    if (!run) throw notFound("Simulation run");
    const ended = await cancelRun(w.tx, { organisationId, runId });
    if (!ended) throw new AppError("CONFLICT", `The run has already ended (${run.status}); only queued or running runs can be cancelled`);
    await w.audit({ action: "cancel", entityType: "simulation_run", entityId: run.id, before: { status: run.status } });
    return { ...ended, createdByName: run.createdByName };
  });
  // After the commit: the run has ended, so a worker taking one of its jobs meanwhile skips it.
  abortLocalRun(runId);
  await removeChunkJobs(cancelled);
  return toRunOutput(cancelled);
}

/** GET /api/simulations/{runId} */
export async function readSimulation(owned: Owned, runId: string): Promise<SimulationDetailOutput> {
  const db = await getDb();
  const run = await getRun(db, { organisationId: owned.organisationId, runId });
  if (!run) throw notFound("Simulation run");
  return toDetailOutput(run, run.status === "succeeded" ? toStoredOutput(run, await listRunResults(db, run.id)) : null);
}

/** GET /api/simulations/{runId}/events */
export async function openSimulationEvents(user: CurrentUser, owned: Owned, runId: string, request: Request): Promise<Response> {
  const db = await getDb();
  if (openStreamCount(user.id) >= STREAM_LIMITS.perUser) {
    throw new AppError("TOO_MANY_STREAMS", `You follow ${STREAM_LIMITS.perUser} runs already: close a tab that follows one, then try again`, { status: 429, retryAfterSeconds: 10 });
  }
  if (followerCount(runId) >= STREAM_LIMITS.perRun) {
    throw new AppError("TOO_MANY_STREAMS", "This run has too many followers right now: reload its page to see its state", { status: 429, retryAfterSeconds: 10 });
  }
  const readState = () => getRunState(db, { organisationId: owned.organisationId, runId });
  // Re-read the caller from the request: a revoked session or a removed membership ends the stream.
  const isStillAllowed = async () => (await getApiUser(request))?.memberships.some((m) => m.organisationId === owned.organisationId) ?? false;
  return streamRunEvents({ runId, readState, signal: request.signal, userId: user.id, isStillAllowed });
}

/** GET /api/scenarios/{scenarioId}/simulations: `owned` is the scenario's. */
export async function listSimulations(owned: Owned, scenarioId: string, query: ListSimulationsQuery): Promise<SimulationPageOutput> {
  const { items, total } = await listScenarioRuns(await getDb(), { organisationId: owned.organisationId, scenarioId, ...query });
  return { items: items.map(toRunOutput), page: query.page, pageSize: query.pageSize, total };
}
