import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDemoProject } from "@/db/seed-demo-project";
import { maintenanceLogs, equipment as equipmentTable } from "@/db/schema";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import type { CurrentUser } from "@/lib/auth/types";
import { insertSimulationRun } from "@/tests/support/dashboard-fixtures";
import { loadOperationsDashboard as getOperationsDashboard } from "./operations";
import { resolveOperationsScope } from "./operations-scope";
import { loadOrganisationOverview as getOrganisationOverview } from "./overview";
import { loadProjectDashboard as getProjectDashboard } from "./project";

const getDb = useTestDb();

async function seedOrganisation() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  return { db, org, demo };
}

describe("dashboard aggregates", () => {
  it("overview counts projects, scenarios and runs, and shows the base case's latest succeeded NPV", async () => {
    const { db, org, demo } = await seedOrganisation();
    await insertSimulationRun(db, { organisationId: org.id, scenarioId: demo.baseScenarioId, meanNpv: 100, createdAt: new Date(Date.now() - 60_000) });
    await insertSimulationRun(db, { organisationId: org.id, scenarioId: demo.baseScenarioId, meanNpv: 500e6 });
    await insertSimulationRun(db, { organisationId: org.id, scenarioId: demo.childScenarioId, meanNpv: 0, status: "running" });
    const overview = await getOrganisationOverview(db, { organisationId: org.id });
    // The demo's base case, its child, its branch on the consensus price deck and its copper–gold branch.
    expect(overview.counts).toMatchObject({ projects: 1, scenarios: 4, runsSucceeded: 2, runsRunning: 1 });
    const [project] = overview.projects;
    expect(project?.baseCase?.scenarioId).toBe(demo.baseScenarioId);
    expect(project?.npv?.percentiles.p50).toBe(500e6);
    expect(project?.npv?.percentiles.p10).toBeLessThan(500e6);
  });

  it("project dashboard: NPV per scenario and the base case's capex, opex and cash flow from its effective inputs", async () => {
    const { db, org, demo } = await seedOrganisation();
    await insertSimulationRun(db, { organisationId: org.id, scenarioId: demo.childScenarioId, meanNpv: 7e8 });
    const dashboard = await getProjectDashboard(db, { organisationId: org.id, projectId: demo.projectId });
    const npvs = Object.fromEntries(dashboard?.scenarios.map((s) => [s.id, [s.isBaseCase, s.npv?.mean ?? null]]) ?? []);
    expect(npvs).toEqual({ [demo.baseScenarioId]: [true, null], [demo.childScenarioId]: [false, 7e8], [demo.deckScenarioId]: [false, null], [demo.byProductScenarioId]: [false, null] });
    const base = dashboard?.baseCase;
    expect(base?.issue).toBeNull();
    expect(base?.cashFlow).toHaveLength(17);
    expect(base?.capexByCategory.reduce((sum, c) => sum + c.sharePct, 0)).toBeCloseTo(100, 6);
    expect(base?.opexByPeriod.some((p) => p.consumption > 0 && p.equipment > 0)).toBe(true);
    const other = await createTestOrganisation(db);
    expect(await getProjectDashboard(db, { organisationId: other.id, projectId: demo.projectId })).toBeUndefined();
  });

  it("operations: consumption and production per year, maintenance sums equal the logs, child inherits the fleet", async () => {
    const { db, org, demo } = await seedOrganisation();
    const base = await getOperationsDashboard(db, { organisationId: org.id, projectId: demo.projectId, scenarioId: demo.baseScenarioId, from: null, to: null });
    expect(base.production.map((p) => p.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2027 + i));
    expect(base.consumption.length).toBeGreaterThan(0);
    const [totals] = (await db
      .select({ cost: sql<number>`sum(${maintenanceLogs.cost})::float8`, events: sql<number>`count(*)::int` })
      .from(maintenanceLogs)
      .innerJoin(equipmentTable, eq(equipmentTable.id, maintenanceLogs.equipmentId))
      .where(eq(equipmentTable.scenarioId, demo.baseScenarioId))) as { cost: number; events: number }[];
    expect(base.equipment.reduce((sum, e) => sum + e.events, 0)).toBe(totals?.events);
    expect(base.fleetByMonth.reduce((sum, m) => sum + m.cost, 0)).toBeCloseTo(totals?.cost ?? -1, 4);
    expect(base.fleetByMonth.every((m) => m.availabilityPct >= 0 && m.availabilityPct <= 100)).toBe(true);
    const child = await getOperationsDashboard(db, { organisationId: org.id, projectId: demo.projectId, scenarioId: demo.childScenarioId, from: null, to: null });
    expect(child.equipment.map((e) => e.id)).toEqual(base.equipment.map((e) => e.id));
    expect(child.production.find((p) => p.period === 2)?.oreProcessedT).not.toBe(base.production.find((p) => p.period === 2)?.oreProcessedT);
  });

  it("operations: maintenance costs and downtime add up exactly (0.10 + 0.20 is 0.30)", async () => {
    const { db, org, demo } = await seedOrganisation();
    const [machine] = await db.select({ id: equipmentTable.id }).from(equipmentTable).where(eq(equipmentTable.scenarioId, demo.baseScenarioId)).limit(1);
    if (!machine) throw new Error("no equipment");
    const log = { equipmentId: machine.id, type: "inspection" as const, currency: "USD" };
    await db.insert(maintenanceLogs).values([
      { ...log, performedOn: "2040-01-15", cost: 0.1, downtimeHours: 0.1 },
      { ...log, performedOn: "2040-02-15", cost: 0.2, downtimeHours: 0.2 },
    ]);
    const request = { organisationId: org.id, projectId: demo.projectId, scenarioId: demo.baseScenarioId, from: "2040-01-01", to: "2040-02-28" };
    const dashboard = await getOperationsDashboard(db, request);
    expect(dashboard.equipment.find((e) => e.id === machine.id)).toMatchObject({ cost: 0.3, downtimeHours: 0.3 });
    expect(dashboard.fleetByMonth.map((m) => m.cost)).toEqual([0.1, 0.2]);
  });

  it("operations: from/to limit logs by date and periods by calendar year", async () => {
    const { db, org, demo } = await seedOrganisation();
    const ranged = await getOperationsDashboard(db, { organisationId: org.id, projectId: demo.projectId, scenarioId: demo.baseScenarioId, from: "2024-01-01", to: "2030-06-30" });
    expect(ranged.fleetByMonth[0]?.month).toBe("2024-01");
    expect(ranged.fleetByMonth.at(-1)?.month).toBe("2030-06");
    expect(ranged.maintenanceByMonth.every((m) => m.month >= "2024-01" && m.month <= "2030-06")).toBe(true);
    expect(ranged.production.map((p) => p.year)).toEqual([2027, 2028, 2029, 2030]);
  });

  it("resolves the operations scope only within the caller's organisations", async () => {
    const { db, org, demo } = await seedOrganisation();
    const other = await createTestOrganisation(db);
    const member = memberOf(org.id);
    const outsider = memberOf(other.id);
    expect(await resolveOperationsScope(member, {})).toEqual({ organisationId: org.id, projectId: demo.projectId, scenarioId: demo.baseScenarioId });
    expect(await resolveOperationsScope(member, { scenarioId: demo.childScenarioId })).toMatchObject({ scenarioId: demo.childScenarioId });
    await expect(resolveOperationsScope(outsider, { scenarioId: demo.baseScenarioId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resolveOperationsScope(outsider, { projectId: demo.projectId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await resolveOperationsScope(outsider, {})).toEqual({ organisationId: other.id, projectId: null, scenarioId: null });
  });
});

/** A viewer of one organisation, as the session would give them (the owner lookups read the database). */
function memberOf(organisationId: string): CurrentUser {
  const membership = { organisationId, organisationName: "Test Org", role: "viewer" as const };
  return { id: crypto.randomUUID(), email: "viewer@example.test", name: "Viewer", memberships: [membership], activeOrganisation: { id: organisationId, name: "Test Org", role: "viewer" }, sessionId: crypto.randomUUID(), apiTokenId: null, numberFormat: null };
}
