import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, postRun, type SimulationWorld } from "@/tests/support/simulation-world";
import { loadProjectSummary } from "./project-summary";
import { loadDistributionReport } from "./scenario-distribution";

// The risk report warns when the shown run's absolute price distribution was set for another price (the demo child:
// 4.75 USD/lb, inheriting the base case's PERT with mode 4.25), and the project summary says so beside the scenario.

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
});

describe("the price distribution warning in reports", () => {
  it("is read from the scenario before any run, then from the run shown", async () => {
    const before = await loadDistributionReport({ organisationId: world.organisationId, scenarioId: world.childScenarioId });
    expect(before?.results).toBeNull();
    expect(before?.priceMismatches.map((m) => m.variableName)).toEqual(["Copper price"]);

    const res = await postRun(world, { scenarioId: world.childScenarioId, iterations: 512, seed: 3 });
    expect(res.status).toBe(201);
    const after = await loadDistributionReport({ organisationId: world.organisationId, scenarioId: world.childScenarioId });
    expect(after?.results).not.toBeNull();
    expect(after?.priceMismatches).toHaveLength(1);
    expect(after?.priceMismatches[0]?.message).toMatch(/this scenario's price is 4\.75 USD\/lb/);
    expect(after?.metrics?.npv).toEqual(expect.any(Number));
  });

  it("is empty for the base case, and the project summary flags only the child", async () => {
    expect((await postRun(world, { scenarioId: world.scenarioId, iterations: 512, seed: 3 })).status).toBe(201);
    const base = await loadDistributionReport({ organisationId: world.organisationId, scenarioId: world.scenarioId });
    expect(base?.results).not.toBeNull();
    expect(base?.priceMismatches).toEqual([]);
    const summary = await loadProjectSummary({ organisationId: world.organisationId, projectId: await projectIdOf(world.scenarioId) });
    const flagged = summary?.scenarios.filter((s) => s.priceMismatches.length > 0).map((s) => s.id);
    expect(flagged).toEqual([world.childScenarioId]);
  });
});

async function projectIdOf(scenarioId: string): Promise<string> {
  const report = await loadDistributionReport({ organisationId: world.organisationId, scenarioId });
  if (!report) throw new Error("scenario missing");
  return report.effective.project.id;
}
