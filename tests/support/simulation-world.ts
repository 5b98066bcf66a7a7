import type { Db } from "@/db";
import { getRunForWorker, insertRun, type WorkerRun } from "@/db/queries/simulations";
import type { NewSimulationRun } from "@/db/schema";
import * as runRoute from "@/app/api/simulations/run/route";
import * as getRoute from "@/app/api/simulations/[runId]/route";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { callRoute } from "@/tests/support/api";
import { createApiWorld, seedDemo, type ApiWorld, type Caller } from "@/tests/support/scenario-api";

// Fixtures of the simulation tests: the API world (a user per role, an outsider) with the demo project, and
// helpers that call the route handlers as an analyst.

export type SimulationWorld = ApiWorld & { scenarioId: string; childScenarioId: string };

export async function createSimulationWorld(db: Db): Promise<SimulationWorld> {
  const world = await createApiWorld(db);
  const demo = await seedDemo(db, world.organisationId);
  return { ...world, scenarioId: demo.baseScenarioId, childScenarioId: demo.childScenarioId };
}

export type RunBody = { scenarioId: string; iterations: number; sampler?: string; seed?: number; metrics?: string[]; percentiles?: number[]; keepSamples?: boolean };

export async function postRun(world: SimulationWorld, body: RunBody, caller: Caller = "analyst") {
  return callRoute(runRoute.POST, "POST", "/api/simulations/run", { cookie: world.cookies[caller], body });
}

export async function getRunDetail(world: SimulationWorld, runId: string, caller: Caller = "analyst"): Promise<SimulationDetailOutput> {
  const res = await callRoute(getRoute.GET, "GET", `/api/simulations/${runId}`, { cookie: world.cookies[caller], params: { runId } });
  if (res.status !== 200) throw new Error(`GET run ${runId}: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { run: SimulationDetailOutput }).run;
}

/** Polls the run until it has ended (background runs). */
export async function waitForRunEnd(world: SimulationWorld, runId: string, timeoutMs = 60_000): Promise<SimulationDetailOutput> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await getRunDetail(world, runId);
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status} (${run.progress}) after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A new row copying a stored run (its manifest, options, seed…) with `changes`: runs in states the API does not
 * make on demand (queued, stuck, broken). Returned as the background machinery holds it (with its project).
 */
export async function insertRunLike(db: Db, runId: string, changes: Partial<NewSimulationRun>): Promise<WorkerRun> {
  const source = await getRunForWorker(db, runId);
  if (!source) throw new Error(`run ${runId} missing`);
  const { id: _i, projectId, createdAt: _c, updatedAt: _u, queuedAt: _q, startedAt: _s, finishedAt: _f, durationMs: _d, ...copy } = source;
  const run = await insertRun(db, { run: { ...copy, ...changes } });
  return { ...run, projectId };
}

/** The parts of a detail that must be identical between two runs of the same manifest. */
export function resultsJson(run: SimulationDetailOutput): string {
  return JSON.stringify({ results: run.results, sensitivity: run.sensitivity, iterationsRun: run.iterationsRun, correlationWarnings: run.correlationWarnings });
}
