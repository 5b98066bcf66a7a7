import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { simulationRuns } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { createApiWorld, insertScenario, seedDemo, type ApiWorld } from "@/tests/support/scenario-api";
import * as runRoute from "@/app/api/simulations/run/route";
import * as cashFlowRoute from "./route";

// A scenario on a price deck, end to end (database → effective scenario → engine → API): each production year's
// gross revenue is payable metal × the deck's price for that calendar year × the exchange rate, to the cent; after
// the deck's last year the long-term price applies, before its first year the first year's price.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
});

type Row = { year: number; payableMetalUnits: number; grossRevenue: number };
const cashFlowOf = (scenarioId: string) => callRoute(cashFlowRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { scenarioId } });

// EUR/lb, declining, with a gap (2033) and ending in 2035; the demo produces 2029–2043.
const EUR_DECK = [
  { year: 2030, price: 4.1 },
  { year: 2031, price: 3.95 },
  { year: 2032, price: 3.8 },
  { year: 2034, price: 3.6 },
  { year: 2035, price: 3.55 },
];
const EXPECTED_EUR_PER_LB: Record<number, number> = { 2029: 4.1, 2030: 4.1, 2031: 3.95, 2032: 3.8, 2033: 3.8, 2034: 3.6, 2035: 3.55 };
const LONG_TERM_EUR_PER_LB = 3.4;
const USD_PER_EUR = 1.08;

describe("a scenario on a price deck", () => {
  it("earns payable metal × the deck's price for each year × the exchange rate, to the cent", async () => {
    const deck = await insertPriceDeck(db, world.organisationId, { currency: "EUR", longTermPrice: LONG_TERM_EUR_PER_LB }, EUR_DECK);
    const branch = await insertScenario(db, { projectId: demo.projectId, parentScenarioId: demo.baseScenarioId, priceSource: "deck", priceDeckId: deck.id, priceCurrency: "EUR", fxRate: USD_PER_EUR });
    const res = await cashFlowOf(branch.id);
    expect(res.status).toBe(200);
    const rows = (res.body as { cashFlow: { rows: Row[] } }).cashFlow.rows.filter((row) => row.payableMetalUnits > 0);
    expect(rows.map((row) => row.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2029 + i));
    for (const row of rows) {
      const eurPerLb = EXPECTED_EUR_PER_LB[row.year] ?? LONG_TERM_EUR_PER_LB;
      expect(Math.abs(row.grossRevenue - row.payableMetalUnits * eurPerLb * USD_PER_EUR), `revenue ${row.year}`).toBeLessThan(0.005);
    }
  });

  it("prices the demo's Consensus price deck branch from its deck: 4.60 USD/lb in 2029 down to the long-term 4.00 from 2035", async () => {
    const res = await cashFlowOf(demo.deckScenarioId);
    const { rows, metrics } = (res.body as { cashFlow: { rows: Row[]; metrics: { npv: number } } }).cashFlow;
    const perLb = rows.filter((row) => row.payableMetalUnits > 0).map((row) => Math.round((row.grossRevenue / row.payableMetalUnits) * 100) / 100);
    expect(perLb).toEqual([4.6, 4.5, 4.4, 4.3, 4.2, 4.1, ...Array<number>(9).fill(4)]);
    expect(metrics.npv).toBeCloseTo(234_338_866.72, 0);
  });

  it("changes nothing for the flat-price base case beside it", async () => {
    const before = await cashFlowOf(demo.baseScenarioId);
    await insertPriceDeck(db, world.organisationId);
    const after = await cashFlowOf(demo.baseScenarioId);
    expect(after.body).toEqual(before.body);
    const flatBranch = await insertScenario(db, { projectId: demo.projectId, parentScenarioId: demo.baseScenarioId, priceSource: "flat" });
    const flat = (await cashFlowOf(flatBranch.id)).body as { cashFlow: { rows: Row[]; metrics: { npv: number } } };
    expect(flat.cashFlow.metrics.npv).toBe((before.body as { cashFlow: { metrics: { npv: number } } }).cashFlow.metrics.npv);
  });

  it("is refused with a plain message when the deck's currency is not the scenario's price currency", async () => {
    const deck = await insertPriceDeck(db, world.organisationId, { currency: "EUR" });
    const branch = await insertScenario(db, { projectId: demo.projectId, parentScenarioId: demo.baseScenarioId, priceSource: "deck", priceDeckId: deck.id });
    const res = await cashFlowOf(branch.id);
    expect(res).toMatchObject({
      status: 422,
      body: { error: { code: "SCENARIO_INPUTS_INVALID", fieldErrors: { "settings.priceDeckId": [`price_deck_currency: the price deck "${deck.name}" is in EUR, but the scenario's price currency is USD`] } } },
    });
  });

  it("runs a Monte Carlo simulation whose manifest holds one price per production year", async () => {
    const deck = await insertPriceDeck(db, world.organisationId);
    const branch = await insertScenario(db, { projectId: demo.projectId, parentScenarioId: demo.baseScenarioId, priceSource: "deck", priceDeckId: deck.id });
    const body = { scenarioId: branch.id, iterations: 64, sampler: "latin_hypercube", seed: 11 };
    const run = await callRoute(runRoute.POST, "POST", "/api/simulations/run", { cookie: world.cookies.analyst, body });
    expect(run).toMatchObject({ status: 201, body: { run: { status: "succeeded" } } });
    const runId = (run.body as { run: { id: string } }).run.id;
    const [stored] = await db.select({ manifest: simulationRuns.manifest }).from(simulationRuns).where(eq(simulationRuns.id, runId));
    const price = (stored?.manifest as { spec: { inputs: { commodity: { price: unknown } } } }).spec.inputs.commodity.price;
    expect(price).toEqual([4.4, 4.2, 4.0, ...Array<number>(12).fill(3.8)]);
  });
});
