import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { getRunForWorker } from "@/db/queries/simulations";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { useTestDb } from "@/tests/support/db";
import { processChunkJob } from "./chunk-job";
import { setSimulationConfigOverrides } from "./config";
import { getProducerBoss, stopProducerBoss } from "./pgboss-queue";
import { createSimulationWorld, getRunDetail, insertRunLike, postRun, resultsJson, waitForRunEnd, type SimulationWorld } from "@/tests/support/simulation-world";
import { startWorkerProcess, stopWorkerProcess, type WorkerProcess } from "@/tests/support/simulation-workers";

// Scale-out on a real PostgreSQL: chunk jobs on pg-boss, taken by real `npm run worker` processes.
const databaseUrl = process.env.CALMINER_TEST_DATABASE_URL;

describe.skipIf(!databaseUrl)("pg-boss chunk queue with worker processes", () => {
  const getDb = useTestDb();
  let db: Db;
  let world: SimulationWorld;
  let workers: WorkerProcess[] = [];
  const url = databaseUrl ?? "";

  beforeAll(async () => {
    db = await getDb();
    world = await createSimulationWorld(db);
    await getProducerBoss(url);
  });

  afterEach(async () => {
    await Promise.all(workers.map((w) => stopWorkerProcess(w)));
    workers = [];
    setSimulationConfigOverrides({});
  });

  afterAll(async () => {
    await stopProducerBoss();
  });

  const runOf = (res: { body: unknown }) => (res.body as { run: SimulationDetailOutput }).run;

  async function referenceRun(iterations: number, seed: number): Promise<SimulationDetailOutput> {
    setSimulationConfigOverrides({ syncMaxIterations: 1_000_000 });
    const run = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations, seed }));
    setSimulationConfigOverrides({ queue: "pgboss", syncMaxIterations: 4096, chunkIterations: 4096 });
    return run;
  }

  it("gives the same results on one and on three worker processes as at once", async () => {
    const body = { scenarioId: world.scenarioId, iterations: 20_000, seed: 21 };
    const reference = await referenceRun(body.iterations, body.seed);
    workers = [await startWorkerProcess(url)];
    const one = await postRun(world, body);
    expect(one.status).toBe(202);
    expect(runOf(one).execution).toBe("queue");
    const oneDone = await waitForRunEnd(world, runOf(one).id, 90_000);
    expect(oneDone.status).toBe("succeeded");
    expect(resultsJson(oneDone)).toBe(resultsJson(reference));
    workers.push(...(await Promise.all([startWorkerProcess(url), startWorkerProcess(url)])));
    const three = await waitForRunEnd(world, runOf(await postRun(world, body)).id, 90_000);
    expect(three.status).toBe("succeeded");
    expect(resultsJson(three)).toBe(resultsJson(reference));
    // Two waits of up to 90 s each: the test's own limit must hold them (the default 30 s did not on a busy machine).
  }, 240_000);

  it("completes a run whose worker was killed mid-chunk (the chunk job is retried)", async () => {
    const body = { scenarioId: world.scenarioId, iterations: 65_536, seed: 33 };
    const reference = await referenceRun(body.iterations, body.seed);
    setSimulationConfigOverrides({ queue: "pgboss", syncMaxIterations: 4096, chunkIterations: 32_768 });
    const victim = await startWorkerProcess(url);
    workers = [victim];
    const runId = runOf(await postRun(world, body)).id;
    while ((await getRunDetail(world, runId)).status === "queued") await new Promise((r) => setTimeout(r, 20));
    await stopWorkerProcess(victim, "SIGKILL");
    expect((await getRunDetail(world, runId)).status).toBe("running");
    workers.push(await startWorkerProcess(url));
    const done = await waitForRunEnd(world, runId, 120_000);
    expect(done.status).toBe("succeeded");
    expect(resultsJson(done)).toBe(resultsJson(reference));
  }, 180_000);

  it("fails the run with the reason when a chunk fails on its last attempt", async () => {
    const source = await getRunForWorker(db, runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 16, seed: 1 })).id);
    if (!source) throw new Error("no run");
    const manifest = structuredClone(source.manifest) as { spec: { variables: { distribution: object }[] } };
    const first = manifest.spec.variables[0];
    if (first) first.distribution = { type: "normal", mean: 1, sd: -1 };
    const broken = await insertRunLike(db, source.id, { manifest, status: "queued", progress: 0 });
    const job = { runId: broken.id, chunkIndex: 0, start: 0, count: 16, chunkCount: 1 };
    await expect(processChunkJob(job, { worker: "test", isLastAttempt: false })).rejects.toThrow();
    await processChunkJob(job, { worker: "test", isLastAttempt: true });
    const run = await getRunDetail(world, broken.id);
    expect(run.status).toBe("failed");
    expect(run.errorMessage).toMatch(/^Chunk 1 of 1 failed on every attempt: /);
  });
});
