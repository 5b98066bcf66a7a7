import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { capexItems, scenarios } from "@/db/schema";
import { seedDemoProject } from "@/db/seed-demo-project";
import { CAMP_EXPANSION } from "@/db/seed-data/quebrada-azul";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import {
  applyLineageRule,
  getScenarioChain,
  resolveCorrelations,
  resolveRows,
  resolveSettings,
  type ScenarioChain,
} from "./scenario-inheritance";
import { bumpScenarioVersion } from "./scenario-version";

const getDb = useTestDb();

async function seeded() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const ids = await seedDemoProject(db, org.id);
  return { db, org, ids };
}

async function chainOf(db: Awaited<ReturnType<typeof getDb>>, organisationId: string, scenarioId: string) {
  const chain = await getScenarioChain(db, { organisationId, scenarioId });
  if (!chain) throw new Error("chain not found");
  return chain;
}

describe("scenario inheritance", () => {
  it("reads the chain root first, and nothing for another organisation or a malformed id", async () => {
    const { db, org, ids } = await seeded();
    const chain = await chainOf(db, org.id, ids.childScenarioId);
    expect(chain.scenarios.map((s) => s.id)).toEqual([ids.baseScenarioId, ids.childScenarioId]);
    expect(chain.scenario.id).toBe(ids.childScenarioId);
    expect(chain.projectId).toBe(ids.projectId);
    const other = await createTestOrganisation(db);
    expect(await getScenarioChain(db, { organisationId: other.id, scenarioId: ids.childScenarioId })).toBeUndefined();
    expect(await getScenarioChain(db, { organisationId: org.id, scenarioId: "nope" })).toBeUndefined();
  });

  it("resolves settings: the child's price is overridden, the rest inherited and follows the parent", async () => {
    const { db, org, ids } = await seeded();
    const before = resolveSettings(await chainOf(db, org.id, ids.childScenarioId));
    expect(before.settings.metalPrice).toBe(4.75);
    expect(before.sources.metalPrice).toEqual({ origin: "overridden", sourceScenarioId: ids.childScenarioId });
    expect(before.sources.currency).toEqual({ origin: "inherited", sourceScenarioId: ids.baseScenarioId });
    await db.update(scenarios).set({ discountRatePct: 10 }).where(eq(scenarios.id, ids.baseScenarioId));
    const after = resolveSettings(await chainOf(db, org.id, ids.childScenarioId));
    expect(after.settings.discountRatePct).toBe(10);
    const root = resolveSettings(await chainOf(db, org.id, ids.baseScenarioId));
    expect(root.sources.metalPrice.origin).toBe("own");
  });

  it("resolves rows by lineage: overrides replace, removals drop, the rest is inherited", async () => {
    const { db, org, ids } = await seeded();
    const chain = await chainOf(db, org.id, ids.childScenarioId);
    const production = await resolveRows(db, { chain, entity: "production" });
    const baseProduction = await resolveRows(db, { chain: await chainOf(db, org.id, ids.baseScenarioId), entity: "production" });
    expect(production).toHaveLength(baseProduction.length);
    expect(production.map((r) => r.row.period)).toEqual(baseProduction.map((r) => r.row.period));
    const period2 = production.find((r) => r.row.period === 2);
    expect(period2).toMatchObject({ origin: "overridden", sourceScenarioId: ids.childScenarioId, row: { oreProcessedT: 10_000_000 } });
    expect(production.find((r) => r.row.period === 5)?.origin).toBe("inherited");
    const capex = await resolveRows(db, { chain, entity: "capex" });
    const baseCapex = await db.select({ name: capexItems.name }).from(capexItems).where(eq(capexItems.scenarioId, ids.baseScenarioId));
    expect(capex).toHaveLength(baseCapex.length - 1);
    expect(capex.some((r) => r.row.name === CAMP_EXPANSION)).toBe(false);
    const correlations = await resolveCorrelations(db, { chain });
    expect(correlations.length).toBeGreaterThan(0);
    expect(correlations.every((c) => c.origin === "inherited")).toBe(true);
  });

  it("bumps a scenario's version and refuses a stale expected version", async () => {
    const { db, ids } = await seeded();
    expect(await bumpScenarioVersion(db, ids.baseScenarioId)).toBe(2);
    expect(await bumpScenarioVersion(db, ids.baseScenarioId, { expectedVersion: 2 })).toBe(3);
    await expect(bumpScenarioVersion(db, ids.baseScenarioId, { expectedVersion: 2 })).rejects.toMatchObject({ code: "STALE_UPDATE" });
  });
});

describe("the lineage rule (pure)", () => {
  const link = (id: string, parentScenarioId: string | null) => ({ id, parentScenarioId }) as ScenarioChain["scenario"];
  const chain = { scenarios: [link("a", null), link("b", "a"), link("c", "b")], scenario: link("c", "b") };
  const row = (scenarioId: string, lineageId: string, value: number) => ({ scenarioId, lineageId, value });

  it("applies removals before a scenario's own rows and reports who decided each row", () => {
    const rows = [row("a", "x", 1), row("a", "y", 2), row("a", "z", 3), row("b", "x", 10), row("c", "y", 20), row("c", "w", 4)];
    const effective = applyLineageRule(chain, rows, [{ scenarioId: "b", lineageId: "z" }]);
    expect(effective.map((e) => [e.row.lineageId, e.origin, e.sourceScenarioId, e.row.value])).toEqual([
      ["x", "inherited", "b", 10],
      ["y", "overridden", "c", 20],
      ["w", "own", "c", 4],
    ]);
  });

  it("lets a later scenario re-add a removed lineage as its own row", () => {
    const effective = applyLineageRule(chain, [row("a", "x", 1), row("c", "x", 5)], [{ scenarioId: "b", lineageId: "x" }]);
    expect(effective).toEqual([{ origin: "own", sourceScenarioId: "c", row: row("c", "x", 5) }]);
  });
});
