import { describe, expect, it } from "vitest";
import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import {
  capexItems,
  consumptionItems,
  equipment,
  maintenanceLogs,
  opexItems,
  organisations,
  parameterCorrelations,
  priceDeckPrices,
  priceDecks,
  processParameters,
  productionOutputs,
  projects,
  scenarioRowRemovals,
  scenarios,
  SCENARIO_SETTING_KEYS,
} from "@/db/schema";
import { DEMO_ORGANISATION, seedDemoIfEmpty } from "@/db/seed";
import { seedDemoProject } from "@/db/seed-demo-project";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";

const getDb = useTestDb();

const TABLES = {
  production: productionOutputs,
  capex: capexItems,
  opex: opexItems,
  consumption: consumptionItems,
  equipment,
  parameters: processParameters,
  correlations: parameterCorrelations,
  removals: scenarioRowRemovals,
};

async function countRows(db: Db, scenarioId: string): Promise<Record<keyof typeof TABLES, number>> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([key, table]) => {
      const [row] = await db.select({ n: count() }).from(table).where(eq(table.scenarioId, scenarioId));
      return [key, row?.n ?? -1] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<keyof typeof TABLES, number>;
}

describe("the demo project", () => {
  it("seeds a complete base case and a child that stores only its differences, quickly", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db, "Seed Test Org");
    const started = performance.now();
    const ids = await db.transaction((tx) => seedDemoProject(tx, org.id));
    expect(performance.now() - started).toBeLessThan(2000);

    expect(await countRows(db, ids.baseScenarioId)).toEqual({
      production: 17,
      capex: 29,
      opex: 9,
      consumption: 8,
      equipment: 5,
      parameters: 5,
      correlations: 1,
      removals: 0,
    });
    expect(await countRows(db, ids.childScenarioId)).toEqual({
      production: 2,
      capex: 0,
      opex: 0,
      consumption: 0,
      equipment: 0,
      parameters: 0,
      correlations: 0,
      removals: 1,
    });
    const fleetIds = (
      await db
        .select({ id: equipment.id })
        .from(equipment)
        .where(eq(equipment.scenarioId, ids.baseScenarioId))
    ).map((e) => e.id);
    const [logs] = await db
      .select({ n: count() })
      .from(maintenanceLogs)
      .where(inArray(maintenanceLogs.equipmentId, fleetIds));
    expect(logs?.n).toBeGreaterThan(200);
    expect(logs?.n).toBeLessThan(600);
  });

  it("gives the child only a price override in its settings, and overrides by lineage", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db);
    const ids = await db.transaction((tx) => seedDemoProject(tx, org.id));
    const [child] = await db.select().from(scenarios).where(eq(scenarios.id, ids.childScenarioId));
    const overridden = SCENARIO_SETTING_KEYS.filter((key) => child?.[key] != null);
    expect(overridden).toEqual(["metalPrice"]);
    expect(child).toMatchObject({
      parentScenarioId: ids.baseScenarioId,
      status: "draft",
      isBaseCase: false,
      metalPrice: 4.75,
    });

    const rowsOf = (scenarioId: string) =>
      db
        .select()
        .from(productionOutputs)
        .where(eq(productionOutputs.scenarioId, scenarioId))
        .orderBy(productionOutputs.period);
    const [parentRows, childRows] = await Promise.all([
      rowsOf(ids.baseScenarioId),
      rowsOf(ids.childScenarioId),
    ]);
    // Effective child schedule: the parent's rows with same-lineage rows replaced by the child's.
    const byLineage = new Map(childRows.map((row) => [row.lineageId, row]));
    const effective = parentRows.map((row) => byLineage.get(row.lineageId) ?? row);
    expect(effective.map((row) => row.oreProcessedT / 1e6)).toEqual([
      0,
      0,
      10,
      12,
      11.5,
      ...Array(12).fill(12),
    ]);
    expect(childRows.map((row) => row.headGrade)).toEqual(parentRows.slice(2, 4).map((row) => row.headGrade));

    const [removal] = await db
      .select()
      .from(scenarioRowRemovals)
      .where(eq(scenarioRowRemovals.scenarioId, ids.childScenarioId));
    const [removed] = await db
      .select({ name: capexItems.name })
      .from(capexItems)
      .where(eq(capexItems.lineageId, removal?.lineageId ?? ""));
    expect(removed?.name).toBe("Construction camp expansion");
  });

  it("adds a branch on the consensus price deck that stores only its price source and deck; one deck per organisation", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db);
    const ids = await db.transaction((tx) => seedDemoProject(tx, org.id));
    const [branch] = await db.select().from(scenarios).where(eq(scenarios.id, ids.deckScenarioId));
    expect(SCENARIO_SETTING_KEYS.filter((key) => branch?.[key] != null)).toEqual(["priceSource", "priceDeckId"]);
    expect(branch).toMatchObject({ name: "Consensus price deck", parentScenarioId: ids.baseScenarioId, priceSource: "deck", priceDeckId: ids.priceDeckId });
    expect(await countRows(db, ids.deckScenarioId)).toEqual({ production: 0, capex: 0, opex: 0, consumption: 0, equipment: 0, parameters: 0, correlations: 0, removals: 0 });
    const [deck] = await db.select().from(priceDecks).where(eq(priceDecks.id, ids.priceDeckId));
    expect(deck).toMatchObject({ organisationId: org.id, name: "Consensus copper (long term 4.00)", priceUnit: "lb", currency: "USD", longTermPrice: 4 });
    const prices = await db.select({ year: priceDeckPrices.year, price: priceDeckPrices.price }).from(priceDeckPrices).where(eq(priceDeckPrices.deckId, ids.priceDeckId));
    expect(prices.sort((a, b) => a.year - b.year).map((p) => p.price)).toEqual([4.7, 4.65, 4.6, 4.5, 4.4, 4.3, 4.2, 4.1]);
    // A second demo project in the same organisation (tests seed it again) takes the same deck.
    await db.update(projects).set({ name: "Renamed" }).where(eq(projects.id, ids.projectId));
    const again = await db.transaction((tx) => seedDemoProject(tx, org.id));
    expect(again.priceDeckId).toBe(ids.priceDeckId);
  });

  it("is seeded once by the app's seeding, which is idempotent", async () => {
    const db = await getDb();
    const quiet = () => {};
    expect(await seedDemoIfEmpty(db, quiet)).toBe(true);
    expect(await seedDemoIfEmpty(db, quiet)).toBe(false);
    const [org] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, DEMO_ORGANISATION.slug));
    const demoProjects = await db
      .select({ name: projects.name })
      .from(projects)
      .where(eq(projects.organisationId, org?.id ?? ""));
    expect(demoProjects).toEqual([{ name: "Quebrada Azul Copper" }]);
  });
});
