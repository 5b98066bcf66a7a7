import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { hasChunk } from "@/db/queries/simulation-chunks";
import { getRunForWorker } from "@/db/queries/simulations";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, insertRunLike, postRun } from "@/tests/support/simulation-world";
import { processChunkJob } from "./chunk-job";

// A worker's chunk job whose run has ended, or whose job pg-boss took back, is dropped at once: nothing is evaluated
// or stored, and the run is left as it is.
const getDb = useTestDb();
let db: Db;
let sourceId = "";

beforeAll(async () => {
  db = await getDb();
  const world = await createSimulationWorld(db);
  sourceId = ((await postRun(world, { scenarioId: world.scenarioId, iterations: 16, seed: 4 })).body as { run: { id: string } }).run.id;
});

/** The one chunk job of a 16-iteration run. */
const onlyChunkOf = (runId: string) => ({ runId, chunkIndex: 0, start: 0, count: 16, chunkCount: 1 });

const statusOf = async (runId: string) => (await getRunForWorker(db, runId))?.status;

describe("a chunk job", () => {
  it("skips a chunk of a run that was cancelled or failed", async () => {
    for (const status of ["cancelled", "failed"] as const) {
      const ended = await insertRunLike(db, sourceId, { status });
      await processChunkJob(onlyChunkOf(ended.id), { worker: "test", isLastAttempt: true });
      expect(await hasChunk(db, { runId: ended.id, chunkIndex: 0 })).toBe(false);
      expect(await statusOf(ended.id)).toBe(status);
    }
  });

  it("drops a chunk whose job pg-boss took back (its signal aborted), and runs it when the signal holds", async () => {
    const queued = await insertRunLike(db, sourceId, { status: "queued", progress: 0 });
    await processChunkJob(onlyChunkOf(queued.id), { worker: "test", isLastAttempt: true, signal: AbortSignal.abort() });
    expect(await hasChunk(db, { runId: queued.id, chunkIndex: 0 })).toBe(false);
    expect(await statusOf(queued.id)).toBe("queued");
    await processChunkJob(onlyChunkOf(queued.id), { worker: "test", isLastAttempt: true, signal: new AbortController().signal });
    expect(await statusOf(queued.id)).toBe("succeeded");
  });
});
