import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capexItems, equipment, maintenanceLogs, projects, scenarios } from "@/db/schema";
import { seedDemoProject } from "@/db/seed-demo-project";
import { getCache, replaceCache, type Cache } from "@/lib/cache";
import { createRedisCache } from "@/lib/cache/redis";
import { createResilientCache } from "@/lib/cache/resilient";
import { deleteKeysMatching } from "@/tests/support/cache-cleanup";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { insertSimulationRun } from "@/tests/support/dashboard-fixtures";
import { invalidateOperationsDashboards, invalidateOrganisationDashboards, invalidateProjectDashboards } from "./cache-keys";
import { readOperationsDashboard } from "./operations";
import { readOrganisationOverview } from "./overview";
import { readProjectDashboard } from "./project";

// For each kind of write: the write goes through the database, the dashboards still answer the cached figures
// until the write's invalidation call, and the next read after it is fresh.

const getDb = useTestDb();
const redisUrl = process.env.TEST_REDIS_URL;
const caches: [string, () => Cache][] = [["in-process cache", () => getCache()]];
const touched: string[] = [];
if (redisUrl) caches.push(["real Redis (TCP)", () => createResilientCache(createRedisCache(redisUrl))]);

afterAll(async () => {
  // Only this file's keys: every dashboard key and version namespace names the organisation or project.
  if (redisUrl) await deleteKeysMatching(redisUrl, touched.flatMap((id) => [`dash:*${id}*`, `v:dash:*${id}*`]));
});

async function seed() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  touched.push(org.id, demo.projectId);
  const ops = { organisationId: org.id, projectId: demo.projectId, scenarioId: demo.baseScenarioId, from: null, to: null };
  return { db, org, demo, ops, project: { organisationId: org.id, projectId: demo.projectId } };
}

describe.each(caches)("the next dashboard read after a write is fresh (%s)", (_name, createCache) => {
  let previous: Cache | undefined;
  beforeAll(() => {
    previous = replaceCache(createCache());
  });
  afterAll(async () => {
    const current = replaceCache(previous);
    if (current && current !== previous && redisUrl) await current.close();
  });

  it("project write → organisation dashboards", async () => {
    const { db, org, demo, project } = await seed();
    expect((await readOrganisationOverview({ organisationId: org.id })).projects[0]?.name).toBe("Quebrada Azul Copper");
    await db.update(projects).set({ name: "Renamed" }).where(eq(projects.id, demo.projectId));
    expect((await readOrganisationOverview({ organisationId: org.id })).projects[0]?.name).toBe("Quebrada Azul Copper");
    await invalidateOrganisationDashboards(org.id);
    expect((await readOrganisationOverview({ organisationId: org.id })).projects[0]?.name).toBe("Renamed");
    expect((await readProjectDashboard(project))?.project.name).toBe("Renamed");
  });

  it("scenario write and input write → project dashboards", async () => {
    const { db, org, demo, project } = await seed();
    await readProjectDashboard(project);
    await db.update(scenarios).set({ status: "archived" }).where(eq(scenarios.id, demo.childScenarioId));
    await invalidateProjectDashboards(org.id, demo.projectId);
    const afterScenario = await readProjectDashboard(project);
    expect(afterScenario?.scenarios.find((s) => s.id === demo.childScenarioId)?.status).toBe("archived");
    const capexTotal = (d: Awaited<ReturnType<typeof readProjectDashboard>>) => d?.baseCase?.capexByCategory.reduce((sum, c) => sum + c.total, 0) ?? 0;
    const [item] = await db.select().from(capexItems).where(eq(capexItems.scenarioId, demo.baseScenarioId)).limit(1);
    if (!item) throw new Error("no capex item");
    await db.update(capexItems).set({ amount: item.amount + 1_000_000, contingencyPct: 0 }).where(eq(capexItems.id, item.id));
    expect(capexTotal(await readProjectDashboard(project))).toBe(capexTotal(afterScenario));
    await invalidateProjectDashboards(org.id, demo.projectId);
    expect(capexTotal(await readProjectDashboard(project))).not.toBe(capexTotal(afterScenario));
    expect((await readOrganisationOverview({ organisationId: org.id })).counts.activeScenarios).toBe(1);
  });

  it("maintenance log write → operations dashboard only", async () => {
    const { db, org, demo, ops, project } = await seed();
    const events = async () => ((await readOperationsDashboard(ops))?.equipment ?? []).reduce((sum, e) => sum + e.events, 0);
    const before = await events();
    const projectBefore = await readProjectDashboard(project);
    const [machine] = await db.select({ id: equipment.id }).from(equipment).where(eq(equipment.scenarioId, demo.baseScenarioId)).limit(1);
    if (!machine) throw new Error("no equipment");
    await db.insert(maintenanceLogs).values({ equipmentId: machine.id, performedOn: "2025-05-05", type: "corrective", downtimeHours: 5, cost: 1234, currency: "USD" });
    expect(await events()).toBe(before);
    await invalidateOperationsDashboards(org.id, demo.projectId);
    expect(await events()).toBe(before + 1);
    // The project dashboard does not show maintenance: it stays cached (same figures object).
    expect((await readProjectDashboard(project))?.generatedAt).toBe(projectBefore?.generatedAt);
  });

  it("simulation result → project dashboard and overview", async () => {
    const { db, org, demo, project } = await seed();
    expect((await readProjectDashboard(project))?.scenarios[0]?.npv).toBeNull();
    expect((await readOrganisationOverview({ organisationId: org.id })).projects[0]?.npv).toBeNull();
    await insertSimulationRun(db, { organisationId: org.id, scenarioId: demo.baseScenarioId, meanNpv: 3e8 });
    await invalidateProjectDashboards(org.id, demo.projectId);
    expect((await readProjectDashboard(project))?.scenarios[0]?.npv?.mean).toBe(3e8);
    const overview = await readOrganisationOverview({ organisationId: org.id });
    expect(overview.projects[0]?.npv?.percentiles.p50).toBe(3e8);
    expect(overview.counts.runsSucceeded).toBe(1);
  });
});
