import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getSimulationConfig, setSimulationConfigOverrides } from "./config";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, insertRunLike, postRun, type SimulationWorld } from "@/tests/support/simulation-world";

// Fair use: one organisation cannot take every machine. Per organisation, background runs queued or running at once
// and iterations per rolling hour are bounded; refusals are 429 with a code and Retry-After, and parallel requests
// cannot all slip past the limit. Another organisation is unaffected.
const getDb = useTestDb();
let world: SimulationWorld;
let other: SimulationWorld;

beforeAll(async () => {
  const db = await getDb();
  world = await createSimulationWorld(db);
  other = await createSimulationWorld(db);
});
afterEach(() => setSimulationConfigOverrides({}));

function limit(quota: { activeRuns: number; iterationsPerHour: number }, syncMaxIterations = 20_000) {
  setSimulationConfigOverrides({ quota, syncMaxIterations, queue: "local" });
}

describe("simulation quotas", () => {
  it("refuse a background run past the organisation's active runs, with Retry-After, and not another organisation's", async () => {
    const first = await postRun(world, { scenarioId: world.scenarioId, iterations: 1_000, seed: 1 });
    expect(first.status).toBe(201);
    const runId = (first.body as { run: { id: string } }).run.id;
    await insertRunLike(await getDb(), runId, { status: "queued" });
    await insertRunLike(await getDb(), runId, { status: "running" });
    limit({ activeRuns: 2, iterationsPerHour: 100_000_000 }, 100);
    const refused = await postRun(world, { scenarioId: world.scenarioId, iterations: 5_000, seed: 2 });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "SIMULATION_QUOTA_ACTIVE_RUNS" } });
    expect(refused.headers.get("retry-after")).toBe("60");
    // An at-once run is not a background run: still allowed.
    expect((await postRun(world, { scenarioId: world.scenarioId, iterations: 50, seed: 3 })).status).toBe(201);
    limit({ activeRuns: 2, iterationsPerHour: 100_000_000 });
    expect((await postRun(other, { scenarioId: other.scenarioId, iterations: 1_000, seed: 2 })).status).toBe(201);
  });

  it("refuse iterations past the hourly budget, telling when the window frees up; parallel requests cannot all pass", async () => {
    const db = await getDb();
    const fresh = await createSimulationWorld(db);
    // The documented defaults (README, .env.example), before this test lowers them.
    expect(getSimulationConfig().quota).toEqual({ activeRuns: 4, iterationsPerHour: 20_000_000 });
    limit({ activeRuns: 10, iterationsPerHour: 30_000 });
    const answers = await Promise.all([1, 2, 3].map((seed) => postRun(fresh, { scenarioId: fresh.scenarioId, iterations: 12_000, seed })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 429]);
    const refused = answers.find((answer) => answer.status === 429);
    expect(refused?.body).toMatchObject({ error: { code: "SIMULATION_QUOTA_ITERATIONS" } });
    const retryAfter = Number(refused?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(3_500);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
  });
});
