import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as capexItemRoute from "@/app/api/scenarios/[scenarioId]/capex/[itemId]/route";
import * as capexRoute from "@/app/api/scenarios/[scenarioId]/capex/route";
import * as scenarioRoute from "@/app/api/scenarios/[scenarioId]/route";
import * as maintenanceRoute from "@/app/api/equipment/[equipmentId]/maintenance/route";
import * as projectRoute from "@/app/api/projects/[projectId]/route";
import * as runRoute from "@/app/api/simulations/run/route";
import type { Db } from "@/db";
import { equipment } from "@/db/schema";
import { seedDemoProject, type DemoProjectIds } from "@/db/seed-demo-project";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { GET as getOperations } from "./operations/route";
import { GET as getOverview } from "./overview/route";
import { GET as getProjectDashboard } from "./projects/[projectId]/route";

// Every kind of write goes through its real API route, and the next dashboard read — served from the cache
// before the write — must show it: the write paths invalidate exactly what they change.

const getDb = useTestDb();
let db: Db;
let demo: DemoProjectIds;
let cookie: string;

beforeAll(async () => {
  db = await getDb();
  const org = await createTestOrganisation(db);
  demo = await seedDemoProject(db, org.id);
  const admin = await createTestUser(db, { organisationId: org.id, role: "admin" });
  cookie = await sessionCookieFor(admin.id);
});

type Json = Record<string, unknown>;

async function overview(): Promise<{ projects: { id: string; name: string; npv: unknown }[] }> {
  return (await callRoute(getOverview, "GET", "/api/dashboards/overview", { cookie })).body as never;
}

async function projectDashboard(): Promise<{ baseCase: { metrics: { npv: number }; capexByCategory: { total: number }[] } }> {
  const params = { projectId: demo.projectId };
  return (await callRoute(getProjectDashboard, "GET", "/x", { cookie, params })).body as never;
}

async function operations(): Promise<{ equipment: { id: string; events: number }[] }> {
  const url = `/api/dashboards/operations?scenarioId=${demo.baseScenarioId}`;
  return (await callRoute(getOperations, "GET", url, { cookie })).body as never;
}

function capexTotal(dashboard: Awaited<ReturnType<typeof projectDashboard>>): number {
  return dashboard.baseCase.capexByCategory.reduce((sum, c) => sum + c.total, 0);
}

async function scenarioVersion(): Promise<number> {
  const res = await callRoute(scenarioRoute.GET, "GET", "/x", { cookie, params: { scenarioId: demo.baseScenarioId } });
  return ((res.body as { scenario: Json }).scenario.version as number) ?? 0;
}

describe("dashboards are fresh on the first read after each kind of write", () => {
  it("a project rename shows in the overview", async () => {
    await overview(); // cached now
    const version = ((await callRoute(projectRoute.GET, "GET", "/x", { cookie, params: { projectId: demo.projectId } })).body as { project: Json }).project.version;
    const renamed = await callRoute(projectRoute.PATCH, "PATCH", "/x", { cookie, params: { projectId: demo.projectId }, body: { name: "Renamed mine", version } });
    expect(renamed.status).toBe(200);
    expect((await overview()).projects.map((p) => p.name)).toContain("Renamed mine");
  });

  it("a scenario setting and an input row change the project dashboard", async () => {
    const before = await projectDashboard();
    const patched = await callRoute(scenarioRoute.PATCH, "PATCH", "/x", { cookie, params: { scenarioId: demo.baseScenarioId }, body: { version: await scenarioVersion(), metalPrice: 5 } });
    expect(patched.status).toBe(200);
    const afterPrice = await projectDashboard();
    expect(afterPrice.baseCase.metrics.npv).toBeGreaterThan(before.baseCase.metrics.npv);

    const list = await callRoute(capexRoute.GET, "GET", "/x", { cookie, params: { scenarioId: demo.baseScenarioId } });
    const item = (list.body as { data: { lineageId: string; amount: number }[] }).data[0];
    if (!item) throw new Error("the demo has capex items");
    const params = { scenarioId: demo.baseScenarioId, itemId: item.lineageId };
    const updated = await callRoute(capexItemRoute.PATCH, "PATCH", "/x", { cookie, params, body: { version: await scenarioVersion(), amount: item.amount + 1_000_000 } });
    expect(updated.status).toBe(200);
    expect(capexTotal(await projectDashboard())).toBeGreaterThan(capexTotal(afterPrice));
  });

  it("a maintenance log shows in the operations dashboard", async () => {
    const [truck] = await db.select({ id: equipment.id }).from(equipment).where(eq(equipment.scenarioId, demo.baseScenarioId));
    if (!truck) throw new Error("the demo has a fleet");
    const before = (await operations()).equipment.find((e) => e.id === truck.id);
    const body = { performedOn: "2029-03-15", type: "corrective", downtimeHours: 12, cost: 25_000, currency: "USD" };
    const created = await callRoute(maintenanceRoute.POST, "POST", "/x", { cookie, params: { equipmentId: truck.id }, body });
    expect(created.status).toBe(201);
    const after = (await operations()).equipment.find((e) => e.id === truck.id);
    expect(after?.events).toBe((before?.events ?? 0) + 1);
  });

  it("a finished simulation run shows its NPV percentiles in the overview", async () => {
    expect((await overview()).projects.find((p) => p.id === demo.projectId)?.npv).toBeNull();
    const body = { scenarioId: demo.baseScenarioId, iterations: 4096, sampler: "monte_carlo", seed: 7 };
    const run = await callRoute(runRoute.POST, "POST", "/api/simulations/run", { cookie, body });
    expect(run.status).toBe(201);
    expect((await overview()).projects.find((p) => p.id === demo.projectId)?.npv).toMatchObject({ iterations: 4096 });
  });
});
