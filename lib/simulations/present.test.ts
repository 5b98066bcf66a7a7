import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { computeScenarioCashFlow } from "@/lib/scenarios/cashflow";
import { loadEffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { findScenarioPriceMismatches } from "@/lib/scenarios/price-check-scenario";
import { useTestDb } from "@/tests/support/db";
import { createSimulationWorld, postRun, type SimulationWorld } from "@/tests/support/simulation-world";

// The run detail's price check and deterministic figures, on the demo project: its child "Higher price" sets copper
// at 4.75 USD/lb but inherits the base case's ABSOLUTE copper price PERT (mode 4.25 USD/lb), so its Monte Carlo
// ignores the higher price. The run must say so, and show the deterministic NPV beside the P50.

const getDb = useTestDb();
let db: Db;
let world: SimulationWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createSimulationWorld(db);
});

const runOf = (res: { status: number; body: unknown }) => {
  expect(res.status).toBe(201);
  return (res.body as { run: SimulationDetailOutput }).run;
};
const p50Of = (run: SimulationDetailOutput, metric: string) => run.results?.find((r) => r.metric === metric)?.percentiles.find((p) => p.percent === 50)?.value;

async function deterministicNpvOf(scenarioId: string): Promise<number> {
  const effective = await loadEffectiveScenario(db, { organisationId: world.organisationId, scenarioId });
  if (!effective) throw new Error(`scenario ${scenarioId} missing`);
  return computeScenarioCashFlow(effective).metrics.npv;
}

describe("a run's price distribution check", () => {
  it("warns on the child that inherits an absolute price distribution set for 4.25 USD/lb while its price is 4.75", async () => {
    const run = runOf(await postRun(world, { scenarioId: world.childScenarioId, iterations: 4096, seed: 11, percentiles: [10, 50, 90] }));
    expect(run.priceMismatches).toHaveLength(1);
    const [mismatch] = run.priceMismatches ?? [];
    expect(mismatch).toMatchObject({ variableName: "Copper price", centralKind: "mode", centralValue: 4.25, scenarioPrice: 4.75 });
    expect(mismatch?.differencePct).toBeCloseTo(-10.526, 3);
    expect(mismatch?.message).toMatch(/^The price distribution "Copper price" \(absolute, mode 4\.25 USD\/lb\) .* this scenario's price is 4\.75 USD\/lb/);
    // The editor reads the same check from the scenario's saved rows and settings.
    const effective = await loadEffectiveScenario(db, { organisationId: world.organisationId, scenarioId: world.childScenarioId });
    expect(effective && findScenarioPriceMismatches(effective).map((m) => m.message)).toEqual([mismatch?.message]);
  });

  it("says nothing for the base case, whose distribution is centred on its own price", async () => {
    const run = runOf(await postRun(world, { scenarioId: world.scenarioId, iterations: 1024, seed: 11 }));
    expect(run.priceMismatches).toEqual([]);
  });
});

describe("the deterministic figures beside the P50", () => {
  it("are each scenario's own deterministic NPV and IRR, beside a P50 the run computed", async () => {
    const shown: number[] = [];
    for (const scenarioId of [world.childScenarioId, world.scenarioId]) {
      const run = runOf(await postRun(world, { scenarioId, iterations: 1024, seed: 12, percentiles: [10, 50, 90] }));
      expect(run.deterministic?.npv).toBeCloseTo(await deterministicNpvOf(scenarioId), 2);
      expect(run.deterministic?.irr).toBeGreaterThan(0);
      expect(Number.isFinite(p50Of(run, "npv"))).toBe(true);
      shown.push(run.deterministic?.npv ?? Number.NaN);
    }
    // 4.75 against 4.25 USD/lb: a figure copied from the other scenario would fail here.
    expect(shown[0]).toBeGreaterThan(shown[1] ?? Number.POSITIVE_INFINITY);
  });
});
