import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as cancelRoute from "@/app/api/simulations/[runId]/cancel/route";
import * as eventsRoute from "@/app/api/simulations/[runId]/events/route";
import * as rerunRoute from "@/app/api/simulations/[runId]/rerun/route";
import { getRunForWorker } from "@/db/queries/simulations";
import { processParameters, simulationResults, simulationRuns, type MetricStatisticsJson } from "@/db/schema";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { setSimulationConfigOverrides } from "./config";
import { executeRun } from "./execute";
import { whenLocalQueueIdle } from "./local-queue";
import { fromSampleBytes } from "./results";
import { sweepStaleRuns } from "./sweeper";
import { createSimulationWorld, getRunDetail, insertRunLike, postRun, resultsJson, waitForRunEnd, type SimulationWorld } from "@/tests/support/simulation-world";

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
});

afterEach(async () => {
  await whenLocalQueueIdle();
  setSimulationConfigOverrides({});
});

const runOf = (res: { body: unknown }) => (res.body as { run: SimulationDetailOutput }).run;

async function readEvents(runId: string): Promise<string> {
  const request = new Request("http://localhost:3000/x", { headers: { cookie: world.cookies.viewer ?? "" } });
  const res = await eventsRoute.GET(request, { params: Promise.resolve({ runId }) });
  expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
  return res.text();
}

describe("the manifest and its hash", () => {
  it("gives equal hashes and identical results for the same request, whatever the order of metrics and percentiles", async () => {
    const a = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 8192, seed: 42, metrics: ["npv", "irr"], percentiles: [5, 50, 95] }));
    const b = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 8192, seed: 42, metrics: ["irr", "npv"], percentiles: [95, 5, 50] }));
    expect(a.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.inputHash).toBe(a.inputHash);
    expect(resultsJson(b)).toBe(resultsJson(a));
    const other = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 8192, seed: 43, metrics: ["npv", "irr"], percentiles: [5, 50, 95] }));
    expect(other.inputHash).not.toBe(a.inputHash);
  });

  it("chooses and stores a seed when none is given", async () => {
    const run = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 16 }));
    expect(Number.isSafeInteger(run.seed)).toBe(true);
    expect((await getRunForWorker(db, run.id))?.seed).toBe(run.seed);
  });
});

describe("rerun", () => {
  it("reproduces a run bit for bit from its manifest after the scenario's price changed; a fresh run differs", async () => {
    const { childScenarioId: scenarioId } = world;
    const first = runOf(await postRun(world, { scenarioId, iterations: 8192, seed: 11, sampler: "latin_hypercube" }));
    expect(first.status).toBe("succeeded");
    // The child inherits the price parameter from the base case: change it there.
    await db
      .update(processParameters)
      .set({ distribution: { type: "pert", min: 3.6, mode: 4.6, max: 5.8 } })
      .where(and(eq(processParameters.scenarioId, world.scenarioId), eq(processParameters.name, "Copper price")));
    const rerun = await callRoute(rerunRoute.POST, "POST", "/x", { cookie: world.cookies.analyst, params: { runId: first.id } });
    expect(rerun.status).toBe(201);
    expect(runOf(rerun).rerunOfRunId).toBe(first.id);
    expect(runOf(rerun).inputHash).toBe(first.inputHash);
    expect(resultsJson(runOf(rerun))).toBe(resultsJson(first));
    const fresh = runOf(await postRun(world, { scenarioId, iterations: 8192, seed: 11, sampler: "latin_hypercube" }));
    expect(fresh.inputHash).not.toBe(first.inputHash);
    expect(fresh.results?.[0]?.mean).not.toBe(first.results?.[0]?.mean);
  });
});

describe("storage", () => {
  it("keeps NaN through JSON storage: a 1-iteration run has sd NaN, stored as null plus its kind", async () => {
    const run = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 1, seed: 3 }));
    const npv = run.results?.find((r) => r.metric === "npv");
    expect(npv?.sd).toBeNull();
    expect(npv?.nonFinite.sd).toBe("NaN");
    expect(npv?.nonFinite.standardError).toBe("NaN");
    const [row] = await db.select({ statistics: simulationResults.statistics }).from(simulationResults).where(and(eq(simulationResults.runId, run.id), eq(simulationResults.metric, "npv")));
    const stored = row?.statistics as MetricStatisticsJson;
    expect(stored.sd).toBeNull();
    expect(stored.nonFinite).toMatchObject({ sd: "NaN", standardError: "NaN" });
  });

  it("stores raw samples only when asked, as little-endian float64 in iteration order", async () => {
    const run = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 4096, seed: 5, metrics: ["npv"], keepSamples: true }));
    expect(run.results?.[0]?.hasSamples).toBe(true);
    const [row] = await db.select({ raw: simulationResults.rawSamples }).from(simulationResults).where(eq(simulationResults.runId, run.id));
    const samples = fromSampleBytes(row?.raw ?? new Uint8Array());
    expect(samples).toHaveLength(4096);
    expect(Math.min(...samples)).toBe(run.results?.[0]?.min);
    const plain = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 4096, seed: 5, metrics: ["npv"] }));
    expect(plain.results?.[0]?.hasSamples).toBe(false);
  });

  it("answers a run at once with exactly what reading it back gives (NaN and samples included)", async () => {
    for (const body of [{ iterations: 1, seed: 3 }, { iterations: 4096, seed: 5, keepSamples: true }]) {
      const posted = runOf(await postRun(world, { scenarioId: world.scenarioId, ...body }));
      expect(posted.status).toBe("succeeded");
      expect(JSON.stringify(await getRunDetail(world, posted.id))).toBe(JSON.stringify(posted));
    }
  });

  it("refuses (422) to keep more raw samples than the limit", async () => {
    setSimulationConfigOverrides({ maxRawSamples: 10_000 });
    const res = await postRun(world, { scenarioId: world.scenarioId, iterations: 5000, seed: 5, keepSamples: true });
    expect(res.status).toBe(422);
    expect((res.body as { error: { code: string } }).error.code).toBe("SAMPLES_TOO_LARGE");
  });
});

describe("background runs on the in-process pool", () => {
  it("answers 202, streams progress then done, and stores what an at-once run gives", async () => {
    const body = { scenarioId: world.scenarioId, iterations: 12_288, seed: 9 };
    const inline = runOf(await postRun(world, body));
    setSimulationConfigOverrides({ queue: "local", syncMaxIterations: 4096, threads: 2 });
    const accepted = await postRun(world, body);
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get("location")).toBe(`/api/simulations/${runOf(accepted).id}`);
    const events = await readEvents(runOf(accepted).id);
    expect(events).toMatch(/event: progress\ndata: \{"type":"progress"/);
    expect(events.trimEnd().split("\n\n").at(-1)).toMatch(/^event: done\ndata: .*"status":"succeeded"/);
    const done = await getRunDetail(world, runOf(accepted).id);
    expect(done.execution).toBe("local");
    expect(resultsJson(done)).toBe(resultsJson(inline));
  });

  it("cancels a running run: it ends cancelled, without results, and the stream says so", async () => {
    setSimulationConfigOverrides({ queue: "local", syncMaxIterations: 4096, threads: 1 });
    const accepted = await postRun(world, { scenarioId: world.scenarioId, iterations: 400_000, seed: 9, sampler: "monte_carlo" });
    const runId = runOf(accepted).id;
    while ((await getRunDetail(world, runId)).status === "queued") await new Promise((r) => setTimeout(r, 50));
    const res = await callRoute(cancelRoute.POST, "POST", "/x", { cookie: world.cookies.analyst, params: { runId } });
    expect(res.status).toBe(200);
    expect(runOf(res).status).toBe("cancelled");
    const ended = await waitForRunEnd(world, runId);
    expect(ended.status).toBe("cancelled");
    expect(ended.results).toBeNull();
    expect(await readEvents(runId)).toMatch(/event: cancelled/);
  });
});

describe("failures", () => {
  it("ends a run whose manifest cannot run as failed, with the engine's reason", async () => {
    const source = await getRunForWorker(db, runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 16, seed: 1 })).id);
    if (!source) throw new Error("no run");
    const manifest = structuredClone(source.manifest) as { spec: { variables: { override: { target: string; ref?: string } }[] } };
    const first = manifest.spec.variables[0];
    if (first) first.override = { ...first.override, target: "opex_item", ref: "no-such-item" };
    const broken = await insertRunLike(db, source.id, { manifest, status: "running", progress: 0 });
    await executeRun(broken, { threads: 0 });
    const run = await getRunDetail(world, broken.id);
    expect(run.status).toBe("failed");
    expect(run.errorMessage).toMatch(/^The simulation failed: .*no-such-item/);
    expect(await readEvents(broken.id)).toMatch(/event: failed\ndata: .*no-such-item/);
  });

  it("refuses (422) a run whose parameters the engine cannot bind, at once or queued, storing nothing", async () => {
    const where = and(eq(processParameters.scenarioId, world.scenarioId), eq(processParameters.name, "Copper price"));
    const [original] = await db.select().from(processParameters).where(where);
    if (!original) throw new Error("no price parameter");
    await db.update(processParameters).set({ target: "no_such_target" }).where(where);
    try {
      const countRuns = async () => (await db.select({ id: simulationRuns.id }).from(simulationRuns)).length;
      const before = await countRuns();
      const atOnce = await postRun(world, { scenarioId: world.scenarioId, iterations: 64, seed: 1 });
      setSimulationConfigOverrides({ queue: "local", syncMaxIterations: 16 });
      const queued = await postRun(world, { scenarioId: world.scenarioId, iterations: 64, seed: 1 });
      for (const res of [atOnce, queued]) {
        expect(res.status).toBe(422);
        expect((res.body as { error: { code: string; message: string } }).error).toMatchObject({ code: "SIMULATION_INPUTS_INVALID", message: expect.stringMatching(/unknown target/) });
      }
      expect(await countRuns()).toBe(before);
    } finally {
      await db.update(processParameters).set({ target: original.target }).where(where);
    }
  });

  it("fails stuck runs (no progress for N minutes) with a clear reason", async () => {
    const source = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 16, seed: 1 }));
    const stuck = await insertRunLike(db, source.id, { status: "running", startedAt: new Date(Date.now() - 3_600_000), progress: 0.3 });
    await db.update(simulationRuns).set({ updatedAt: new Date(Date.now() - 20 * 60_000) }).where(eq(simulationRuns.id, stuck.id));
    expect(await sweepStaleRuns(10)).toContain(stuck.id);
    const run = await getRunDetail(world, stuck.id);
    expect(run.status).toBe("failed");
    expect(run.errorMessage).toMatch(/No progress for 10 minute/);
  });
});
