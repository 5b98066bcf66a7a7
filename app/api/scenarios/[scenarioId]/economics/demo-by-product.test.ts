import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import type { ScenarioEconomics } from "@/lib/scenarios";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { createApiWorld, seedDemo, type ApiWorld } from "@/tests/support/scenario-api";
import * as economicsRoute from "./route";

// The demo's "Copper–gold (gold by-product)" branch, checked by hand: every production year pays
// ore processed × 0.12 g/t ÷ 31.1034768 g/oz × 65 % recovery × 90 % payable troy ounces of gold at 2,300 USD/oz,
// and its net revenue (less the 6 USD/oz refining charge) is credited against copper's AISC. The base case it
// branches from stays copper only, with exactly the figures it had before products existed.

const GRAMS_PER_TROY_OUNCE = 31.1034768;
const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;

async function economicsOf(scenarioId: string): Promise<ScenarioEconomics> {
  const res = await callRoute(economicsRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { scenarioId } });
  expect(res.status).toBe(200);
  return (res.body as { economics: ScenarioEconomics }).economics;
}

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
});

describe("the demo's copper–gold branch", () => {
  it("pays gold as a by-product year by year, to the cent", async () => {
    const economics = await economicsOf(demo.byProductScenarioId);
    expect(economics.summary.products.map((p) => [p.name, p.role])).toEqual([["copper", "primary"], ["Gold", "by_product"]]);
    const gold = economics.annualProducts?.find((product) => product.name === "Gold");
    economics.annualCashFlow.forEach((row, index) => {
      const payableOz = (row.oreProcessedT * 0.12 * 0.65 * 0.9) / GRAMS_PER_TROY_OUNCE;
      expect(Math.abs((gold?.payableMetalUnits[index] ?? NaN) - payableOz), `oz ${row.year}`).toBeLessThan(1e-6);
      expect(Math.abs((gold?.grossRevenue[index] ?? NaN) - payableOz * 2300), `revenue ${row.year}`).toBeLessThan(0.005);
      expect(Math.abs((gold?.netSmelterReturn[index] ?? NaN) - payableOz * (2300 - 6)), `NSR ${row.year}`).toBeLessThan(0.005);
    });
  });

  it("credits the gold against copper's AISC and is worth more than the copper-only base case, which has no product keys", async () => {
    const [base, copperGold] = await Promise.all([economicsOf(demo.baseScenarioId), economicsOf(demo.byProductScenarioId)]);
    expect(base).not.toHaveProperty("annualProducts");
    expect(base.summary.unitCosts).not.toHaveProperty("byProductCredits");
    const goldNsr = copperGold.summary.products[1]?.netSmelterReturn ?? NaN;
    expect(copperGold.summary.unitCosts.byProductCredits).toBeCloseTo(goldNsr, 2);
    expect(copperGold.summary.unitCosts.aiscPerPayableUnit).toBeLessThan(base.summary.unitCosts.aiscPerPayableUnit ?? NaN);
    expect(copperGold.summary.npvAtRates[0]?.preTaxNpv).toBeGreaterThan(base.summary.npvAtRates[0]?.preTaxNpv ?? NaN);
  });
});
