import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, postRun, resultsJson, waitForRunEnd, type SimulationWorld } from "@/tests/support/simulation-world";
import { startWorkerProcess, stopWorkerProcess, type WorkerProcess } from "@/tests/support/simulation-workers";
import { setSimulationConfigOverrides } from "./config";
import { CHUNK_QUEUE, getProducerBoss, stopProducerBoss, type ChunkJob } from "./pgboss-queue";

// A converging run on pg-boss with real `npm run worker` processes: whatever the chunk size and the number of
// workers, it stops at the at-once run's checkpoint with the at-once run's results, and leaves no chunk job waiting.

const databaseUrl = process.env.CALMINER_TEST_DATABASE_URL;

/** The demo base case's mean NPV: ~2.7 % standard error at 10,000 iterations, ~1.9 % at 20,000 (stops at 20,000). */
const STOPPING = { iterations: 50_000, seed: 7, convergence: { statistic: "mean", relativeTolerancePct: 2.5, minIterations: 10_000 } } as const;

describe.skipIf(!databaseUrl)("convergence auto-stop on pg-boss worker processes", () => {
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

  it("stops at 20,000 of 50,000 iterations with the at-once results on one worker (4,096-iteration chunks) and on two (8,192)", async () => {
    setSimulationConfigOverrides({ syncMaxIterations: 1_000_000 });
    const reference = runOf(await postRun(world, { scenarioId: world.scenarioId, ...STOPPING }));
    expect(reference).toMatchObject({ stoppedEarly: true, iterationsRun: 20_000 });
    const boss = await getProducerBoss(url);
    for (const [workerCount, chunkIterations] of [[1, 4096], [2, 8192]] as const) {
      workers = await Promise.all(Array.from({ length: workerCount }, () => startWorkerProcess(url)));
      setSimulationConfigOverrides({ queue: "pgboss", syncMaxIterations: 4096, chunkIterations });
      const accepted = runOf(await postRun(world, { scenarioId: world.scenarioId, ...STOPPING }));
      expect(accepted.execution).toBe("queue");
      const done = await waitForRunEnd(world, accepted.id, 90_000);
      expect(done).toMatchObject({ status: "succeeded", stoppedEarly: true, iterationsRun: 20_000, inputHash: reference.inputHash });
      expect(resultsJson(done)).toBe(resultsJson(reference));
      // The chunks not needed are deleted right after the stop is stored: no job of the run is left waiting. (Which
      // chunks ran before the stop depends on the workers' timing; convergence-chunks.test.ts pins that down.)
      const unfinished = async () => (await boss.findJobs<ChunkJob>(CHUNK_QUEUE, { data: { runId: accepted.id } })).filter((job) => job.state !== "completed");
      await expect.poll(unfinished, { timeout: 10_000, interval: 200 }).toEqual([]);
      await Promise.all(workers.map((w) => stopWorkerProcess(w)));
      workers = [];
    }
    // Two runs on worker processes that start cold, each waiting up to 90 s.
  }, 240_000);
});
