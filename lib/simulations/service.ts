import { getDb, type Db } from "@/db";
import { cancelRun, findRunOrganisation, getRun, getRunState, listRunResults, listScenarioRuns, type RunWithCreator } from "@/db/queries/simulations";
import { recordAudit } from "@/db/queries/audit";
import { invalidateAfterRunChange } from "@/lib/cache/invalidate-writes";
import type { ListSimulationsQuery, RunSimulationBody, SimulationDetailOutput, SimulationPageOutput, SimulationRunOutput } from "@/lib/http/contracts/simulations";
import type { CurrentUser, MembershipSummary } from "@/lib/auth/types";
import { ENGINE_VERSION } from "@/lib/engine/monte-carlo";
import { AppError, notFound } from "@/lib/errors";
import { requireScenarioChain } from "@/lib/scenario/access";
import { loadEffectiveScenarioFromChain } from "@/lib/scenario/load-effective-scenario";
import { getSimulationConfig } from "./config";
import { createAndDispatchRun, type Dispatched } from "./dispatch";
import { abortLocalRun } from "./local-queue";
import { buildManifest, chooseSeed, type SimulationManifest } from "./manifest";
import { checkSamplesFit, checkSpec } from "./checks";
import { toDetailOutput, toRunOutput } from "./present";
import { streamRunEvents } from "./events";

// The simulation API's operations, called by the route handlers after parsing and authentication. Each loads
// its resource scoped by the caller's organisations (404), then authorises the role (403), then acts.

export type Caller = { user: CurrentUser; authorize: (organisationId: string) => MembershipSummary };

async function requireRun(db: Db, caller: Caller, runId: string): Promise<RunWithCreator> {
  const organisationIds = caller.user.memberships.map((m) => m.organisationId);
  const organisationId = await findRunOrganisation(db, { organisationIds, runId });
  const run = organisationId ? await getRun(db, { organisationId, runId }) : undefined;
  if (!run) throw notFound("Simulation run");
  caller.authorize(run.organisationId);
  return run;
}

/** POST /api/simulations/run */
export async function startSimulation(caller: Caller, body: RunSimulationBody): Promise<Dispatched> {
  const db = await getDb();
  const chain = await requireScenarioChain(db, caller.user, body.scenarioId);
  caller.authorize(chain.organisationId);
  const effective = await loadEffectiveScenarioFromChain(db, chain);
  const manifest = buildManifest(effective, { ...body, seed: body.seed ?? chooseSeed() });
  checkSamplesFit(manifest, getSimulationConfig().maxRawSamples);
  checkSpec(manifest);
  const percentiles = (manifest.spec.percentiles ?? []).map((p) => Number((p * 100).toPrecision(12)));
  return createAndDispatchRun(db, { organisationId: chain.organisationId, userId: caller.user.id, manifest, rerunOfRunId: null, percentiles });
}

/** POST /api/simulations/{runId}/rerun: the stored manifest, never the scenario's current inputs. */
export async function rerunSimulation(caller: Caller, runId: string): Promise<Dispatched> {
  const db = await getDb();
  const original = await requireRun(db, caller, runId);
  const manifest = original.manifest as SimulationManifest;
  if (original.engineVersion !== ENGINE_VERSION || manifest.engineVersion !== ENGINE_VERSION) {
    throw new AppError(
      "ENGINE_VERSION_CHANGED",
      `This run was made by engine ${original.engineVersion}; this server runs ${ENGINE_VERSION} and cannot reproduce it exactly. Start a new run instead.`,
      { status: 422 },
    );
  }
  const percentiles = (original.options as { percentiles?: number[] }).percentiles ?? [];
  return createAndDispatchRun(db, { organisationId: original.organisationId, userId: caller.user.id, manifest, rerunOfRunId: original.id, percentiles });
}

/** POST /api/simulations/{runId}/cancel */
export async function cancelSimulation(caller: Caller, runId: string): Promise<SimulationRunOutput> {
  const db = await getDb();
  const run = await requireRun(db, caller, runId);
  const isCancelled = await db.transaction(async (tx) => {
    if (!(await cancelRun(tx, run.id))) return false;
    await recordAudit(tx, { organisationId: run.organisationId, userId: caller.user.id, action: "cancel", entityType: "simulation_run", entityId: run.id, before: { status: run.status } });
    return true;
  });
  if (!isCancelled) throw new AppError("CONFLICT", `The run has already ended (${run.status}); only queued or running runs can be cancelled`);
  abortLocalRun(run.id);
  await invalidateAfterRunChange(db, run.id);
  const updated = await getRun(db, { organisationId: run.organisationId, runId });
  return toRunOutput(updated ?? run);
}

/** GET /api/simulations/{runId} */
export async function readSimulation(caller: Caller, runId: string): Promise<SimulationDetailOutput> {
  const db = await getDb();
  const run = await requireRun(db, caller, runId);
  return toDetailOutput(run, run.status === "succeeded" ? await listRunResults(db, run.id) : []);
}

/** GET /api/simulations/{runId}/events */
export async function openSimulationEvents(caller: Caller, runId: string, signal: AbortSignal): Promise<Response> {
  const db = await getDb();
  const run = await requireRun(db, caller, runId);
  return streamRunEvents({ runId: run.id, readState: () => getRunState(db, run.id), signal });
}

/** GET /api/scenarios/{scenarioId}/simulations */
export async function listSimulations(caller: Caller, scenarioId: string, query: ListSimulationsQuery): Promise<SimulationPageOutput> {
  const db = await getDb();
  const chain = await requireScenarioChain(db, caller.user, scenarioId);
  caller.authorize(chain.organisationId);
  const { items, total } = await listScenarioRuns(db, { organisationId: chain.organisationId, scenarioId, ...query });
  return { items: items.map(toRunOutput), page: query.page, pageSize: query.pageSize, total };
}
