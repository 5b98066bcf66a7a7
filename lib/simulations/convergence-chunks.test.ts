import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { getRunForWorker, type SimulationRunOptions } from "@/db/queries/simulations";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, getRunDetail, insertRunLike, postRun, resultsJson, type SimulationWorld } from "@/tests/support/simulation-world";
import { processChunkJob } from "./chunk-job";
import { setSimulationConfigOverrides } from "./config";
import { stopProducerBoss, toChunkJobs } from "./pgboss-queue";

// A pg-boss run with a convergence auto-stop, its chunk jobs handed to processChunkJob one at a time in a chosen
// order (no worker process, so nothing else takes them; on the embedded database too): the run ends as soon as the
// chunks up to the stop checkpoint are stored, before its later chunks are evaluated, with the very results an
// at-once run gives. With a real PostgreSQL its remaining chunk jobs are deleted through pg-boss (by id).

/** The demo base case's mean NPV: ~2.7 % standard error at 10,000 iterations, ~1.9 % at 20,000 (stops at 20,000). */
const STOPPING = { iterations: 50_000, seed: 7, convergence: { statistic: "mean", relativeTolerancePct: 2.5, minIterations: 10_000 } } as const;

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;
let reference: SimulationDetailOutput;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
  setSimulationConfigOverrides({ syncMaxIterations: 1_000_000 });
  const res = await postRun(world, { scenarioId: world.scenarioId, ...STOPPING });
  reference = (res.body as { run: SimulationDetailOutput }).run;
  setSimulationConfigOverrides({});
});

afterEach(() => setSimulationConfigOverrides({}));
afterAll(async () => {
  await stopProducerBoss();
});

/** A queued pg-boss copy of the reference run (same manifest), chunked by `chunkIterations`. */
async function queuedCopy(chunkIterations: number) {
  const source = await getRunForWorker(db, reference.id);
  if (!source) throw new Error("no reference run");
  const { outcome: _outcome, ...options } = source.options as SimulationRunOptions;
  return insertRunLike(db, reference.id, { status: "queued", progress: 0, options: { ...options, execution: "queue", chunkIterations } });
}

/** Hands the run's chunk jobs over in `order` until it has ended; the chunks that were evaluated. */
async function processUntilEnded(chunkIterations: number, order: (chunkCount: number) => number[]): Promise<{ runId: string; evaluated: number[] }> {
  const run = await queuedCopy(chunkIterations);
  const jobs = toChunkJobs(run, chunkIterations);
  const evaluated: number[] = [];
  for (const index of order(jobs.length)) {
    const job = jobs[index];
    if (!job || (await getRunDetail(world, run.id)).status === "succeeded") break;
    await processChunkJob(job, { worker: "test", isLastAttempt: false });
    evaluated.push(index);
  }
  return { runId: run.id, evaluated };
}

describe("a pg-boss run that converges", () => {
  it("is the at-once run's stop: 20,000 of 50,000 iterations", () => {
    expect(reference).toMatchObject({ status: "succeeded", execution: "inline", stoppedEarly: true, iterationsRun: 20_000 });
  });

  it.each([
    { chunkIterations: 8192, name: "in chunk order", order: (n: number) => [...Array(n).keys()], evaluated: [0, 1, 2] },
    { chunkIterations: 4096, name: "in chunk order", order: (n: number) => [...Array(n).keys()], evaluated: [0, 1, 2, 3, 4] },
    { chunkIterations: 8192, name: "leading chunks last", order: (n: number) => [2, 1, 0, ...[...Array(n).keys()].slice(3)], evaluated: [2, 1, 0] },
  ])("stops once its chunks of $chunkIterations reach the checkpoint ($name), with the at-once results", async ({ chunkIterations, order, evaluated }) => {
    const outcome = await processUntilEnded(chunkIterations, order);
    expect(outcome.evaluated).toEqual(evaluated);
    const done = await getRunDetail(world, outcome.runId);
    expect(done).toMatchObject({ status: "succeeded", execution: "queue", stoppedEarly: true, iterationsRun: 20_000, progress: 1, inputHash: reference.inputHash });
    expect(resultsJson(done)).toBe(resultsJson(reference));
  }, 60_000);

  it("ignores a chunk job of the run after it stopped (one already in a worker's hands)", async () => {
    const { runId } = await processUntilEnded(8192, (n) => [...Array(n).keys()]);
    const before = await getRunDetail(world, runId);
    const run = await getRunForWorker(db, runId);
    if (!run) throw new Error("no run");
    const [, , , late] = toChunkJobs(run, 8192);
    if (!late) throw new Error("no fourth chunk");
    await processChunkJob(late, { worker: "test", isLastAttempt: false });
    expect(JSON.stringify(await getRunDetail(world, runId))).toBe(JSON.stringify(before));
  }, 60_000);
});
