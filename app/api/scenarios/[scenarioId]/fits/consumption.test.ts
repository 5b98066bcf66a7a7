import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { consumptionActuals, consumptionItems, type NewConsumptionActual, type NewConsumptionItem } from "@/db/schema";
import { normalQuantile } from "@/lib/engine/distributions";
import type { SeriesFits } from "@/lib/scenarios/fits";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { createApiWorld, insertProject, insertScenario, seedDemo, type ApiWorld } from "@/tests/support/scenario-api";
import * as fitsRoute from "./route";

// GET /api/scenarios/{id}/fits?source=consumption: distributions fitted to the consumption actuals of the
// scenario's consumption items, checked against a sample whose distribution is known exactly.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let scenarioId: string;
let childId: string;
/** Lineage ids: diesel (L) has 120 monthly quantities at lognormal(ln 40 000, 0.25) quantiles; power (kWh) 3 actuals. */
let diesel: string;
let power: string;

const MU = Math.log(40_000);
const SIGMA = 0.25;
const N = 120;

async function insertItem(values: Omit<NewConsumptionItem, "scenarioId">): Promise<{ id: string; lineageId: string }> {
  const [row] = await db.insert(consumptionItems).values({ scenarioId, ...values }).returning({ id: consumptionItems.id, lineageId: consumptionItems.lineageId });
  if (!row) throw new Error("item not created");
  return row;
}

/** One actual a month from January 2015: quantities as given, unit cost 1.00 + 0.01 × month (USD/L). */
function monthly(consumptionItemId: string, quantities: readonly number[]): NewConsumptionActual[] {
  return quantities.map((quantity, i) => ({
    consumptionItemId,
    periodStart: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`,
    quantity,
    unitCost: Number((1 + 0.01 * (i % 12)).toFixed(2)),
    currency: "USD",
  }));
}

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  const project = await insertProject(db, world.organisationId);
  scenarioId = (await insertScenario(db, { projectId: project.id })).id;
  childId = (await insertScenario(db, { projectId: project.id, parentScenarioId: scenarioId })).id;
  const dieselRow = await insertItem({ resourceType: "fuel", name: "Diesel", unit: "L", quantityPerPeriod: 480_000, unitPrice: 1.05, startPeriod: 1 });
  const powerRow = await insertItem({ resourceType: "power", name: "Grid power", unit: "kWh", ratePerTonneProcessed: 18, unitPrice: 0.08, startPeriod: 1 });
  [diesel, power] = [dieselRow.lineageId, powerRow.lineageId];
  const quantities = Array.from({ length: N }, (_, i) => Number(Math.exp(MU + SIGMA * normalQuantile((i + 0.5) / N)).toFixed(4)));
  await db.insert(consumptionActuals).values([...monthly(dieselRow.id, quantities), ...monthly(powerRow.id, [1e6, 1.1e6, 0.9e6])]);
});

const getFits = (query: string, id = scenarioId) =>
  callRoute(fitsRoute.GET, "GET", `/api/scenarios/${id}/fits${query}`, { cookie: world.cookies.viewer, params: { scenarioId: id } });

async function fitsOf(query: string, id = scenarioId): Promise<SeriesFits> {
  const res = await getFits(query, id);
  expect(res.status).toBe(200);
  return (res.body as { fits: SeriesFits }).fits;
}

const errorOf = (res: { body: unknown }) => (res.body as { error: { code: string; fieldErrors?: Record<string, string[]> } }).error;

describe("fits to consumption actuals", () => {
  it("gives back μ and σ of quantities drawn at lognormal quantiles, lognormal ranked first, in the item's unit", async () => {
    const fits = await fitsOf(`?source=consumption&consumptionItemId=${diesel}`);
    expect([fits.source, fits.metric, fits.unit, fits.count]).toEqual(["consumption", "quantity", "L", N]);
    const lognormal = fits.fits.find((f) => f.family === "lognormal");
    if (!lognormal?.ok) throw new Error("lognormal did not fit");
    // mean(ln x) is μ exactly (the quantiles are symmetric; 4-decimal rounding moves it by < 1e-8).
    expect(lognormal.parameters.mu).toBeCloseTo(MU, 6);
    expect(Math.abs((lognormal.parameters.sigma ?? 0) - SIGMA)).toBeLessThan(0.005);
    expect(lognormal.rank).toBe(1);
    expect(lognormal.ksStatistic).toBeLessThan(0.01);
    expect(lognormal.spec).toEqual({ type: "lognormal", mu: lognormal.parameters.mu, sigma: lognormal.parameters.sigma });
  });

  it("fits the unit cost paid, in currency per unit", async () => {
    const fits = await fitsOf(`?source=consumption&metric=unit_cost&consumptionItemId=${diesel}`);
    expect([fits.unit, fits.count, fits.summary.min, fits.summary.max]).toEqual(["USD/L", N, 1, 1.11]);
    expect(fits.summary.mean).toBeCloseTo(1.055, 12);
  });

  it("fits the demo's two years of diesel actuals, from the base case and from its child", async () => {
    const demo = await seedDemo(db, world.organisationId);
    const [item] = await db
      .select({ lineageId: consumptionItems.lineageId })
      .from(consumptionItems)
      .where(and(eq(consumptionItems.scenarioId, demo.baseScenarioId), eq(consumptionItems.name, "Diesel (mining fleet)")));
    for (const id of [demo.baseScenarioId, demo.childScenarioId]) {
      const fits = await fitsOf(`?source=consumption&consumptionItemId=${item?.lineageId ?? ""}`, id);
      expect([fits.count, fits.unit]).toEqual([24, "L"]);
      expect(fits.fits.filter((f) => f.ok)).toHaveLength(5);
    }
  });

  it("reaches the parent's actuals from a child that inherits the item", async () => {
    expect((await fitsOf(`?source=consumption&consumptionItemId=${diesel}`, childId)).count).toBe(N);
  });
});

describe("refusals", () => {
  it("answers 422 TOO_FEW_VALUES for an item with 3 actuals, and MIXED_UNITS for litres and kWh together", async () => {
    const few = await getFits(`?source=consumption&consumptionItemId=${power}`);
    expect([few.status, errorOf(few).code]).toEqual([422, "TOO_FEW_VALUES"]);
    const mixed = await getFits("?source=consumption");
    expect([mixed.status, errorOf(mixed).code]).toEqual([422, "MIXED_UNITS"]);
  });

  it("answers 404 for an item the scenario does not have and for another organisation's scenario", async () => {
    expect((await getFits(`?source=consumption&consumptionItemId=${crypto.randomUUID()}`)).status).toBe(404);
    const otherProject = await insertProject(db, world.otherOrganisationId);
    const other = await insertScenario(db, { projectId: otherProject.id });
    expect((await getFits("?source=consumption", other.id)).status).toBe(404);
  });

  it("answers 400 for a maintenance metric or filter with the consumption source, and the reverse", async () => {
    const wrong = await getFits(`?source=consumption&metric=cost&equipmentId=${crypto.randomUUID()}`);
    expect(wrong.status).toBe(400);
    expect(Object.keys(errorOf(wrong).fieldErrors ?? {}).sort()).toEqual(["equipmentId", "metric"]);
    const reverse = await getFits(`?metric=quantity&consumptionItemId=${diesel}`);
    expect(Object.keys(errorOf(reverse).fieldErrors ?? {}).sort()).toEqual(["consumptionItemId", "metric"]);
  });
});
