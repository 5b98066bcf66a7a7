import { describe, expect, it } from "vitest";
import { seedDemoProject } from "@/db/seed-demo-project";
import { operationsDashboardSchema, overviewSchema, projectDashboardSchema } from "@/lib/http/contracts/dashboards";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { GET as getOperations } from "./operations/route";
import { GET as getOverview } from "./overview/route";
import { GET as getProject } from "./projects/[projectId]/route";
import { DELETE as deleteProject } from "../projects/[projectId]/route";
import { DELETE as deleteScenario } from "../scenarios/[scenarioId]/route";

const getDb = useTestDb();

async function setup() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  const viewer = await createTestUser(db, { organisationId: org.id, role: "viewer" });
  const other = await createTestOrganisation(db);
  const outsider = await createTestUser(db, { organisationId: other.id, role: "admin" });
  return { org, demo, cookie: await sessionCookieFor(viewer.id), outsiderCookie: await sessionCookieFor(outsider.id) };
}

describe("dashboard routes", () => {
  it("answer a viewer with bodies that match their contracts", async () => {
    const { demo, cookie } = await setup();
    const overview = await callRoute(getOverview, "GET", "/api/dashboards/overview", { cookie });
    expect(overview.status).toBe(200);
    expect(overview.headers.get("cache-control")).toBe("private, no-store");
    expect(overviewSchema.parse(overview.body).counts.projects).toBe(1);
    const project = await callRoute(getProject, "GET", `/api/dashboards/projects/${demo.projectId}`, { cookie, params: { projectId: demo.projectId } });
    expect(projectDashboardSchema.parse(project.body).scenarios).toHaveLength(4);
    const ops = await callRoute(getOperations, "GET", `/api/dashboards/operations?scenarioId=${demo.childScenarioId}&from=2024-01-01&to=2031-12-31`, { cookie });
    const body = operationsDashboardSchema.parse(ops.body);
    expect(body.scope).toMatchObject({ projectId: demo.projectId, scenarioId: demo.childScenarioId, from: "2024-01-01" });
    expect(body.filters.scenarios).toHaveLength(4);
    const byDefault = await callRoute(getOperations, "GET", "/api/dashboards/operations", { cookie });
    expect(operationsDashboardSchema.parse(byDefault.body).scope.scenarioId).toBe(demo.baseScenarioId);
  });

  it("answer 401 signed out, 400 for a bad query, and 404 for another organisation's project or scenario", async () => {
    const { demo, outsiderCookie, cookie } = await setup();
    expect((await callRoute(getOverview, "GET", "/api/dashboards/overview")).status).toBe(401);
    expect((await callRoute(getOperations, "GET", "/api/dashboards/operations?from=2025-02-01&to=2025-01-01", { cookie })).status).toBe(400);
    expect((await callRoute(getOperations, "GET", "/api/dashboards/operations?projectId=nope", { cookie })).status).toBe(400);
    const project = await callRoute(getProject, "GET", "/x", { cookie: outsiderCookie, params: { projectId: demo.projectId } });
    expect(project).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    for (const query of [`scenarioId=${demo.baseScenarioId}`, `projectId=${demo.projectId}`]) {
      expect((await callRoute(getOperations, "GET", `/api/dashboards/operations?${query}`, { cookie: outsiderCookie })).status).toBe(404);
    }
    const otherProject = `projectId=${demo.projectId}&scenarioId=${crypto.randomUUID()}`;
    expect((await callRoute(getOperations, "GET", `/api/dashboards/operations?${otherProject}`, { cookie })).status).toBe(404);
  });

  // Owners of projects and scenarios are remembered in the process once read (lib/access/owner-memo.ts).
  it("answer 404 for a scenario or project deleted after its dashboard was read, and 404 to outsiders once remembered", async () => {
    const { org, demo, cookie, outsiderCookie } = await setup();
    const manager = await createTestUser(await getDb(), { organisationId: org.id, role: "project_manager" });
    const managerCookie = await sessionCookieFor(manager.id);
    const opsUrl = `/api/dashboards/operations?scenarioId=${demo.childScenarioId}`;
    expect((await callRoute(getOperations, "GET", opsUrl, { cookie })).status).toBe(200);
    expect((await callRoute(getOperations, "GET", opsUrl, { cookie: outsiderCookie })).status).toBe(404);
    const projectParams = { projectId: demo.projectId };
    expect((await callRoute(getProject, "GET", "/x", { cookie, params: projectParams })).status).toBe(200);
    expect((await callRoute(getProject, "GET", "/x", { cookie: outsiderCookie, params: projectParams })).status).toBe(404);

    const scenarioGone = await callRoute(deleteScenario, "DELETE", "/x", { cookie: managerCookie, params: { scenarioId: demo.childScenarioId } });
    expect(scenarioGone.status).toBe(204);
    expect(await callRoute(getOperations, "GET", opsUrl, { cookie })).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    expect((await callRoute(deleteProject, "DELETE", "/x", { cookie: managerCookie, params: projectParams })).status).toBe(204);
    expect((await callRoute(getProject, "GET", "/x", { cookie, params: projectParams })).status).toBe(404);
  });
});
