import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, capexItems, projects, scenarios } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import {
  CALLERS,
  countWrites,
  createApiWorld,
  expectedStatuses,
  insertProject,
  seedDemo,
  uniqueName,
  type ApiWorld,
  type Caller,
} from "@/tests/support/scenario-api";
import * as itemRoute from "./[projectId]/route";
import * as listRoute from "./route";

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
});

const newProject = () => ({
  name: uniqueName("Mina"),
  location: "Antofagasta",
  operationType: "open_pit",
  primaryCommodity: "Copper",
  currency: "USD",
  defaultDiscountRatePct: 8,
});

// The same matrix whether the caller signs in with a cookie or sends an API token of their role.
describe.each(["cookie", "API token"] as const)("projects API: role matrix (%s)", (credential) => {
  const as = (caller: Caller) => (credential === "cookie" ? { cookie: world.cookies[caller] } : { headers: world.bearers[caller] });

  // POST/GET /api/projects act in the caller's ACTIVE organisation: the outsider lists and creates in its own.
  it.each(CALLERS)("GET /api/projects as %s", async (caller) => {
    const res = await callRoute(listRoute.GET, "GET", "/api/projects", as(caller));
    expect(res.status).toBe(expectedStatuses("viewer", 200, 200)[caller]);
  });

  it.each(CALLERS)("POST /api/projects as %s", async (caller) => {
    const res = await callRoute(listRoute.POST, "POST", "/api/projects", { ...as(caller), body: newProject() });
    expect(res.status).toBe(expectedStatuses("project_manager", 201, 201)[caller]);
  });

  it.each(CALLERS)("GET /api/projects/{id} as %s", async (caller) => {
    const project = await insertProject(db, world.organisationId);
    const res = await callRoute(itemRoute.GET, "GET", "/x", { ...as(caller), params: { projectId: project.id } });
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it.each(CALLERS)("PATCH /api/projects/{id} as %s", async (caller) => {
    const project = await insertProject(db, world.organisationId);
    const res = await callRoute(itemRoute.PATCH, "PATCH", "/x", { ...as(caller), params: { projectId: project.id }, body: { version: 1, location: "Elsewhere" } });
    expect(res.status).toBe(expectedStatuses("project_manager", 200)[caller]);
  });

  it.each(CALLERS)("DELETE /api/projects/{id} as %s", async (caller) => {
    const project = await insertProject(db, world.organisationId);
    const res = await callRoute(itemRoute.DELETE, "DELETE", "/x", { ...as(caller), params: { projectId: project.id } });
    expect(res.status).toBe(expectedStatuses("project_manager", 204)[caller]);
  });
});

describe("projects API: behaviour", () => {
  const pm = () => world.cookies.project_manager;

  it("creates a project: 201, Location, lower-cased commodity, audited", async () => {
    const body = newProject();
    const res = await callRoute(listRoute.POST, "POST", "/api/projects", { cookie: pm(), body });
    expect(res.status).toBe(201);
    const project = (res.body as { project: { id: string; primaryCommodity: string; version: number } }).project;
    expect(res.headers.get("location")).toBe(`/api/projects/${project.id}`);
    expect(project).toMatchObject({ primaryCommodity: "copper", version: 1 });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, project.id), eq(auditLog.action, "create")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: world.userIds.project_manager, entityType: "project", before: null });
  });

  it("refuses a duplicate name with 409 PROJECT_NAME_TAKEN and writes nothing", async () => {
    const existing = await insertProject(db, world.organisationId);
    const before = await countWrites(db, world.organisationId);
    const res = await callRoute(listRoute.POST, "POST", "/api/projects", { cookie: pm(), body: { ...newProject(), name: existing.name } });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "PROJECT_NAME_TAKEN", fieldErrors: { name: expect.any(Array) } } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
    const rename = await callRoute(itemRoute.PATCH, "PATCH", "/x", { cookie: pm(), params: { projectId: (await insertProject(db, world.organisationId)).id }, body: { version: 1, name: existing.name } });
    expect(rename.body).toMatchObject({ error: { code: "PROJECT_NAME_TAKEN" } });
  });

  it("answers 400 with field errors for invalid bodies, ids and queries, and writes nothing", async () => {
    const before = await countWrites(db, world.organisationId);
    const bad = await callRoute(listRoute.POST, "POST", "/api/projects", { cookie: pm(), body: { ...newProject(), name: " ", currency: "usd", defaultDiscountRatePct: 120 } });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { error: { fieldErrors: object } }).error.fieldErrors).sort()).toEqual(["currency", "defaultDiscountRatePct", "name"]);
    const badId = await callRoute(itemRoute.GET, "GET", "/x", { cookie: pm(), params: { projectId: "not-a-uuid" } });
    expect(badId.status).toBe(400);
    const badQuery = await callRoute(listRoute.GET, "GET", "/api/projects?pageSize=500&sort=owner", { cookie: pm() });
    expect(badQuery.body).toMatchObject({ error: { fieldErrors: { pageSize: expect.any(Array), sort: expect.any(Array) } } });
    const noVersion = await callRoute(itemRoute.PATCH, "PATCH", "/x", { cookie: pm(), params: { projectId: (await insertProject(db, world.organisationId)).id }, body: { name: "x" } });
    expect(noVersion.body).toMatchObject({ error: { fieldErrors: { version: expect.any(Array) } } });
    expect((await countWrites(db, world.organisationId))[0]).toBe((before[0] ?? 0) + 1);
  });

  it("updates with the version read, bumps it, and refuses a stale version with 409", async () => {
    const project = await insertProject(db, world.organisationId);
    const ok = await callRoute(itemRoute.PATCH, "PATCH", "/x", { cookie: pm(), params: { projectId: project.id }, body: { version: 1, defaultDiscountRatePct: 10 } });
    expect(ok).toMatchObject({ status: 200, body: { project: { version: 2, defaultDiscountRatePct: 10 } } });
    const before = await countWrites(db, world.organisationId);
    const stale = await callRoute(itemRoute.PATCH, "PATCH", "/x", { cookie: pm(), params: { projectId: project.id }, body: { version: 1, defaultDiscountRatePct: 12 } });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "STALE_UPDATE" } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, project.id), eq(auditLog.action, "update")));
    expect(audit?.before).toMatchObject({ defaultDiscountRatePct: 8, version: 1 });
    expect(audit?.after).toMatchObject({ defaultDiscountRatePct: 10, version: 2 });
  });

  it("deletes a project with its scenarios and their rows", async () => {
    const demo = await seedDemo(db, world.organisationId);
    const res = await callRoute(itemRoute.DELETE, "DELETE", "/x", { cookie: pm(), params: { projectId: demo.projectId } });
    expect(res.status).toBe(204);
    expect(await db.select().from(scenarios).where(eq(scenarios.projectId, demo.projectId))).toHaveLength(0);
    expect(await db.select().from(capexItems).where(eq(capexItems.scenarioId, demo.baseScenarioId))).toHaveLength(0);
    const again = await callRoute(itemRoute.GET, "GET", "/x", { cookie: pm(), params: { projectId: demo.projectId } });
    expect(again.status).toBe(404);
  });

  it("never shows or changes another organisation's project (404, nothing written)", async () => {
    const foreign = await insertProject(db, world.otherOrganisationId);
    const before = await countWrites(db, world.otherOrganisationId);
    for (const [handler, method, body] of [[itemRoute.GET, "GET"], [itemRoute.PATCH, "PATCH", { version: 1, name: "Mine" }], [itemRoute.DELETE, "DELETE"]] as const) {
      const res = await callRoute(handler, method, "/x", { cookie: world.cookies.admin, params: { projectId: foreign.id }, body });
      expect(res).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    }
    expect(await countWrites(db, world.otherOrganisationId)).toEqual(before);
    const list = await callRoute(listRoute.GET, "GET", "/api/projects?pageSize=100", { cookie: world.cookies.admin });
    expect(JSON.stringify(list.body)).not.toContain(foreign.id);
  });

  it("paginates, searches name/location/commodity and sorts", async () => {
    const tag = uniqueName("Zq").replace(/\s/g, "");
    const made = [];
    for (const [i, commodity] of ["gold", "silver", "zinc"].entries()) {
      made.push(await insertProject(db, world.organisationId, { name: `${tag} ${i}`, primaryCommodity: commodity, location: i === 2 ? `${tag}-ville` : "Peru" }));
    }
    const page1 = await callRoute(listRoute.GET, "GET", `/api/projects?q=${encodeURIComponent(tag)}&pageSize=2&sort=name&order=desc`, { cookie: world.cookies.viewer });
    expect(page1.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect((page1.body as { items: { name: string }[] }).items.map((p) => p.name)).toEqual([`${tag} 2`, `${tag} 1`]);
    const page2 = await callRoute(listRoute.GET, "GET", `/api/projects?q=${encodeURIComponent(tag)}&pageSize=2&page=2&sort=name&order=desc`, { cookie: world.cookies.viewer });
    expect((page2.body as { items: { name: string }[] }).items.map((p) => p.name)).toEqual([`${tag} 0`]);
    const byLocation = await callRoute(listRoute.GET, "GET", `/api/projects?q=${encodeURIComponent(`${tag}-VILLE`)}`, { cookie: world.cookies.viewer });
    expect(byLocation.body).toMatchObject({ total: 1 });
    const wildcard = await callRoute(listRoute.GET, "GET", `/api/projects?q=${encodeURIComponent("%")}`, { cookie: world.cookies.viewer });
    expect(wildcard.body).toMatchObject({ total: 0 });
    expect(made).toHaveLength(3);
  });
});

describe("projects table is untouched by refused writes", () => {
  it("a viewer's create is refused with 403 and nothing is written", async () => {
    const before = await countWrites(db, world.organisationId);
    const res = await callRoute(listRoute.POST, "POST", "/api/projects", { cookie: world.cookies.viewer, body: newProject() });
    expect(res.status).toBe(403);
    expect(await countWrites(db, world.organisationId)).toEqual(before);
    expect(await db.select({ id: projects.id }).from(projects).where(eq(projects.organisationId, world.organisationId))).not.toHaveLength(0);
  });
});
