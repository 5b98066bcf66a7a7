import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as cancelRoute from "@/app/api/simulations/[runId]/cancel/route";
import { getRunForWorker } from "@/db/queries/simulations";
import { simulationRuns } from "@/db/schema";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { processChunkJob } from "./chunk-job";
import { setSimulationConfigOverrides, type SimulationConfig } from "./config";
import { CHUNK_QUEUE, getProducerBoss, stopProducerBoss, type ChunkJob } from "./pgboss-queue";
import { sweepStaleRuns } from "./sweeper";
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

  // Runs of 8192 iterations are queued as two chunk jobs of 4096; the quota leaves room for a burst of them.
  const burst: Partial<SimulationConfig> = { queue: "pgboss", syncMaxIterations: 4096, chunkIterations: 4096, quota: { activeRuns: 50, iterationsPerHour: 100_000_000 } };

  /** Takes chunk jobs one fetch at a time, as a worker does, until `count` jobs of these runs are in hand; their run ids in order. */
  async function takeChunks(runIds: readonly string[], count: number): Promise<string[]> {
    const boss = await getProducerBoss(url);
    const taken: string[] = [];
    while (taken.length < count) {
      const [job] = await boss.fetch<ChunkJob>(CHUNK_QUEUE);
      if (!job) throw new Error(`no chunk job left after ${taken.length} of ${count}`);
      if (runIds.includes(job.data.runId)) taken.push(job.data.runId);
    }
    return taken;
  }

  const cancel = (w: SimulationWorld, runId: string) => callRoute(cancelRoute.POST, "POST", "/x", { cookie: w.cookies.analyst, params: { runId } });

  it("starts a run of one organisation queued after twenty of another's before that one's later runs", async () => {
    setSimulationConfigOverrides(burst);
    const other = await createSimulationWorld(db);
    const first: string[] = [];
    for (let i = 0; i < 20; i += 1) first.push(runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 8192, seed: i })).id);
    const second = runOf(await postRun(other, { scenarioId: other.scenarioId, iterations: 8192, seed: 1 })).id;
    const startOrder = [...new Set(await takeChunks([...first, second], 42))];
    expect(startOrder).toEqual([first[0], second, ...first.slice(1)]);
    for (const runId of first) await cancel(world, runId);
    await cancel(other, second);
  });

  it("deletes the chunk jobs of a cancelled run and of a swept one: the next run's chunks are taken first", async () => {
    setSimulationConfigOverrides(burst);
    const post = async () => runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 16_384, seed: 2 })).id;
    const [cancelled, swept, later] = [await post(), await post(), await post()];
    const boss = await getProducerBoss(url);
    const jobCount = async (runId: string) => (await boss.findJobs<ChunkJob>(CHUNK_QUEUE, { data: { runId } })).length;
    expect(await jobCount(cancelled)).toBe(4);
    expect((await cancel(world, cancelled)).status).toBe(200);
    await db.update(simulationRuns).set({ status: "running", updatedAt: new Date(Date.now() - 30 * 60_000) }).where(eq(simulationRuns.id, swept));
    expect(await sweepStaleRuns(10)).toContain(swept);
    expect([await jobCount(cancelled), await jobCount(swept), await jobCount(later)]).toEqual([0, 0, 4]);
    expect(await takeChunks([cancelled, swept, later], 1)).toEqual([later]);
    await cancel(world, later);
  });
});
