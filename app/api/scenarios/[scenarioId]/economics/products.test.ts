import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { eq } from "drizzle-orm";
import { scenarioProducts } from "@/db/schema";
import type { ScenarioEconomics } from "@/lib/scenarios";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { createApiWorld, seedDemo, type ApiWorld } from "@/tests/support/scenario-api";
import * as exportRoute from "./export/route";
import * as economicsRoute from "./route";

// The economics of a scenario with a by-product (issue #14): per-product revenue in the summary and by year, and
// AISC net of the by-product's NSR; a scenario without products answers exactly the keys it always did.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;
let before: ScenarioEconomics;

async function economicsOf(scenarioId: string): Promise<ScenarioEconomics> {
  const res = await callRoute(economicsRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { scenarioId } });
  expect(res.status).toBe(200);
  return (res.body as { economics: ScenarioEconomics }).economics;
}

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
  before = await economicsOf(demo.baseScenarioId);
  await db.insert(scenarioProducts).values({
    scenarioId: demo.baseScenarioId,
    name: "Gold",
    role: "by_product",
    gradeUnit: "g_per_t",
    priceUnit: "oz",
    price: 2000,
    headGrade: 0.2,
    recoveryPct: 65,
    payablePct: 92,
    refiningChargePerUnit: 5,
  });
});

describe("economics with a by-product", () => {
  it("has no product keys without products", () => {
    expect(before).not.toHaveProperty("annualProducts");
    expect(before.summary.products).toHaveLength(1);
    expect(before.summary.products[0]).not.toHaveProperty("role");
    expect(before.summary.unitCosts).not.toHaveProperty("byProductCredits");
  });

  it("lists the primary and the by-product, with revenue by year summing to the totals", async () => {
    const economics = await economicsOf(demo.baseScenarioId);
    const [primary, gold] = economics.summary.products;
    expect(primary).toMatchObject({ name: "copper", role: "primary" });
    expect(gold).toMatchObject({ name: "Gold", role: "by_product", priceUnit: "oz" });
    const goldByYear = economics.annualProducts?.find((product) => product.name === "Gold");
    expect(goldByYear?.grossRevenue).toHaveLength(economics.annualCashFlow.length);
    const goldTotal = (goldByYear?.grossRevenue ?? []).reduce((a, b) => a + b, 0);
    expect(goldTotal).toBeCloseTo(gold?.grossRevenue ?? NaN, 2);
    economics.annualCashFlow.forEach((row, index) => {
      const ofProducts = (economics.annualProducts ?? []).reduce((sum, product) => sum + (product.grossRevenue[index] ?? 0), 0);
      expect(ofProducts).toBeCloseTo(Number(row.grossRevenue), 4);
    });
  });

  it("credits the by-product's NSR against the primary's AISC and raises the NPV", async () => {
    const { summary } = await economicsOf(demo.baseScenarioId);
    const gold = summary.products[1];
    expect(summary.unitCosts.byProductCredits).toBeCloseTo(gold?.netSmelterReturn ?? NaN, 2);
    const payableCopper = summary.products[0]?.payableMetalUnits ?? NaN;
    const credit = (summary.unitCosts.byProductCredits ?? NaN) / payableCopper;
    expect(summary.unitCosts.aiscPerPayableUnit).toBeLessThan(before.summary.unitCosts.aiscPerPayableUnit ?? NaN);
    // AISC moves by −credit per payable unit, plus the gold royalty (a cost that stays in) per payable unit.
    const goldRoyaltyPerUnit = (gold?.royalties ?? NaN) / payableCopper;
    expect((summary.unitCosts.aiscPerPayableUnit ?? NaN) - (before.summary.unitCosts.aiscPerPayableUnit ?? NaN)).toBeCloseTo(goldRoyaltyPerUnit - credit, 6);
    expect(summary.npvAtRates[0]?.preTaxNpv).toBeGreaterThan(before.summary.npvAtRates[0]?.preTaxNpv ?? NaN);
  });

  it("exports each product's money and the by-product credits in the summary, and its revenue by year", async () => {
    const csv = async (part: string) => {
      const cookie = world.cookies.viewer;
      const url = `http://localhost:3000/api/scenarios/${demo.baseScenarioId}/economics/export?format=csv&part=${part}`;
      const res = await exportRoute.GET(new Request(url, { headers: new Headers(cookie ? { cookie } : {}) }), { params: Promise.resolve({ scenarioId: demo.baseScenarioId }) });
      expect(res.status).toBe(200);
      return res.text();
    };
    const summary = await csv("summary");
    expect(summary).toContain("Gold (by_product) net smelter return");
    expect(summary).toContain("By-product credits (deducted in AISC)");
    expect((await csv("annual")).split("\n")[0]).toContain("Gold gross revenue (USD)");
  });

  it("reaches the child scenario, which inherits the product", async () => {
    const economics = await economicsOf(demo.childScenarioId);
    expect(economics.summary.products.map((product) => product.name)).toEqual(["copper", "Gold"]);
  });

  it("prices the product from its own deck when it names one, and refuses a deck of another commodity", async () => {
    const flat = await economicsOf(demo.baseScenarioId);
    const goldOf = (economics: ScenarioEconomics) => economics.annualProducts?.find((product) => product.name === "Gold")?.grossRevenue ?? [];
    // A gold deck without priced years: its long-term price every year. At 2,000 USD/oz it earns what the flat
    // 2,000 does, to the bit; at 3,000 USD/oz, 1.5 times it in every year.
    const gold = { commodity: "gold", priceUnit: "oz" as const, currency: "USD" };
    const same = await insertPriceDeck(db, world.organisationId, { ...gold, longTermPrice: 2000 }, []);
    const higher = await insertPriceDeck(db, world.organisationId, { ...gold, longTermPrice: 3000 }, []);
    const silver = await insertPriceDeck(db, world.organisationId, { ...gold, commodity: "silver", longTermPrice: 25 }, []);
    const useDeck = (priceDeckId: string | null) => db.update(scenarioProducts).set({ priceDeckId }).where(eq(scenarioProducts.scenarioId, demo.baseScenarioId));
    try {
      await useDeck(same.id);
      expect(goldOf(await economicsOf(demo.baseScenarioId))).toEqual(goldOf(flat));
      await useDeck(higher.id);
      const onDeck = goldOf(await economicsOf(demo.baseScenarioId));
      goldOf(flat).forEach((gross, period) => expect(onDeck[period]).toBeCloseTo(gross * 1.5, 6));
      await useDeck(silver.id);
      const refused = await callRoute(economicsRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { scenarioId: demo.baseScenarioId } });
      expect(refused.status).toBe(422);
      expect(JSON.stringify(refused.body)).toContain("price_deck_commodity");
    } finally {
      await useDeck(null);
    }
  });
});
