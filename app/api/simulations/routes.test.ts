import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as historyRoute from "@/app/api/scenarios/[scenarioId]/simulations/route";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { CALLERS, expectedStatuses } from "@/tests/support/scenario-api";
import { getRunForWorker } from "@/db/queries/simulations";
import { ENGINE_VERSION } from "@/lib/engine/monte-carlo";
import { setSimulationConfigOverrides } from "@/lib/simulations/config";
import { createSimulationWorld, insertRunLike, postRun, type SimulationWorld } from "@/tests/support/simulation-world";
import * as cancelRoute from "./[runId]/cancel/route";
import * as eventsRoute from "./[runId]/events/route";
import * as rerunRoute from "./[runId]/rerun/route";
import * as getRoute from "./[runId]/route";

// Every simulation route × every caller: anonymous 401, below the role 403, another organisation 404.

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;
let runId: string;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
  setSimulationConfigOverrides({ queue: "local" });
  const res = await postRun(world, { scenarioId: world.scenarioId, iterations: 64, seed: 1 });
  expect(res.status).toBe(201);
  runId = (res.body as { run: { id: string } }).run.id;
});

/** A queued copy of the reference run (something to cancel). */
async function queuedRun(): Promise<string> {
  return (await insertRunLike(db, runId, { status: "queued", progress: 0 })).id;
}

describe("simulation API: role matrix", () => {
  it.each(CALLERS)("POST /api/simulations/run as %s", async (caller) => {
    const res = await postRun(world, { scenarioId: world.scenarioId, iterations: 16, seed: 2 }, caller);
    expect(res.status).toBe(expectedStatuses("analyst", 201)[caller]);
  });

  it.each(CALLERS)("GET /api/simulations/{id} as %s", async (caller) => {
    const res = await callRoute(getRoute.GET, "GET", "/x", { cookie: world.cookies[caller], params: { runId } });
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it.each(CALLERS)("GET /api/simulations/{id}/events as %s", async (caller) => {
    const headers = new Headers(world.cookies[caller] ? { cookie: world.cookies[caller] } : {});
    const res = await eventsRoute.GET(new Request("http://localhost:3000/x", { headers }), { params: Promise.resolve({ runId }) });
    await res.text();
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it.each(CALLERS)("POST /api/simulations/{id}/cancel as %s", async (caller) => {
    const id = await queuedRun();
    const res = await callRoute(cancelRoute.POST, "POST", "/x", { cookie: world.cookies[caller], params: { runId: id } });
    expect(res.status).toBe(expectedStatuses("analyst", 200)[caller]);
  });

  it.each(CALLERS)("POST /api/simulations/{id}/rerun as %s", async (caller) => {
    const res = await callRoute(rerunRoute.POST, "POST", "/x", { cookie: world.cookies[caller], params: { runId } });
    expect(res.status).toBe(expectedStatuses("analyst", 201)[caller]);
  });

  it.each(CALLERS)("GET /api/scenarios/{id}/simulations as %s", async (caller) => {
    const res = await callRoute(historyRoute.GET, "GET", "/x?page=1&pageSize=5", { cookie: world.cookies[caller], params: { scenarioId: world.scenarioId } });
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });
});

describe("simulation API: input and state errors", () => {
  it("answers 400 with field errors for a bad body, 404 for an unknown scenario or run", async () => {
    const bad = await postRun(world, { scenarioId: world.scenarioId, iterations: 0, sampler: "quasi" });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { error: { fieldErrors: object } }).error.fieldErrors)).toEqual(expect.arrayContaining(["iterations", "sampler"]));
    const unknown = await postRun(world, { scenarioId: "00000000-0000-4000-8000-000000000000", iterations: 10 });
    expect(unknown.status).toBe(404);
    const missing = await callRoute(getRoute.GET, "GET", "/x", { cookie: world.cookies.analyst, params: { runId: "00000000-0000-4000-8000-000000000000" } });
    expect(missing.status).toBe(404);
  });

  it("refuses to rerun a run that an earlier engine made (422 ENGINE_VERSION_CHANGED), which it could not reproduce", async () => {
    const original = await getRunForWorker(db, runId);
    const older = await insertRunLike(db, runId, { engineVersion: "1.0.0", manifest: { ...(original?.manifest as object), engineVersion: "1.0.0" } });
    const res = await callRoute(rerunRoute.POST, "POST", "/x", { cookie: world.cookies.analyst, params: { runId: older.id } });
    expect(res.status).toBe(422);
    const { error } = res.body as { error: { code: string; message: string } };
    expect(error.code).toBe("ENGINE_VERSION_CHANGED");
    expect(error.message).toContain(`made by engine 1.0.0; this server runs ${ENGINE_VERSION}`);
  });

  it("refuses to cancel a run that has ended (409)", async () => {
    const res = await callRoute(cancelRoute.POST, "POST", "/x", { cookie: world.cookies.analyst, params: { runId } });
    expect(res.status).toBe(409);
  });

  it("pages the history newest first and filters by status", async () => {
    const page = await callRoute(historyRoute.GET, "GET", "/x?page=1&pageSize=2&status=succeeded", { cookie: world.cookies.viewer, params: { scenarioId: world.scenarioId } });
    const body = page.body as { items: { status: string; createdAt: string }[]; total: number; pageSize: number };
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.items.every((r) => r.status === "succeeded")).toBe(true);
    expect((body.items[0]?.createdAt ?? "") >= (body.items[1]?.createdAt ?? "")).toBe(true);
  });
});
