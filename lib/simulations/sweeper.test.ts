import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { simulationRuns } from "@/db/schema";
import { touchWaitingRuns } from "@/db/queries/simulation-status";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, insertRunLike, postRun, type SimulationWorld } from "@/tests/support/simulation-world";
import { sweepStaleRuns } from "./sweeper";

// The stale-run sweeper fails runs nobody is working on, and only those: a run queued in pg-boss waits durably for a
// worker, and a run waiting in an in-process queue is touched by the process holding it. (It once failed other
// organisations' queued runs after 10 minutes, before they ever started.)
const getDb = useTestDb();
let world: SimulationWorld;
let sourceId = "";

beforeAll(async () => {
  world = await createSimulationWorld(await getDb());
  const answer = await postRun(world, { scenarioId: world.scenarioId, iterations: 16, seed: 1 });
  sourceId = (answer.body as { run: { id: string } }).run.id;
});

async function staleRun(status: "queued" | "running", execution: "queue" | "local"): Promise<string> {
  const db = await getDb();
  const [source] = await db.select({ options: simulationRuns.options }).from(simulationRuns).where(eq(simulationRuns.id, sourceId));
  const run = await insertRunLike(db, sourceId, { status, options: { ...(source?.options as object), execution } });
  await db.update(simulationRuns).set({ updatedAt: new Date(Date.now() - 30 * 60_000) }).where(eq(simulationRuns.id, run.id));
  return run.id;
}

describe("the stale-run sweeper", () => {
  it("never fails a run waiting in pg-boss, and fails a stuck running one and an abandoned in-process one", async () => {
    const waitingInPgBoss = await staleRun("queued", "queue");
    const stuckRunning = await staleRun("running", "queue");
    const abandonedLocal = await staleRun("queued", "local");
    const swept = await sweepStaleRuns(10);
    expect(swept).not.toContain(waitingInPgBoss);
    expect(swept).toEqual(expect.arrayContaining([stuckRunning, abandonedLocal]));
  });

  it("leaves an in-process run alone while the process holding it says it is still waiting", async () => {
    const waitingLocal = await staleRun("queued", "local");
    await touchWaitingRuns(await getDb(), { runIds: [waitingLocal] });
    expect(await sweepStaleRuns(10)).not.toContain(waitingLocal);
  });
});
