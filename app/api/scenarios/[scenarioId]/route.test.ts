import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as projectScenariosRoute from "@/app/api/projects/[projectId]/scenarios/route";
import { auditLog, capexItems, productionOutputs, scenarios } from "@/db/schema";
import { BASE_SCENARIO, CHILD_SCENARIO } from "@/db/seed-data/quebrada-azul";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import {
  CALLERS,
  countWrites,
  createApiWorld,
  expectedStatuses,
  insertProject,
  insertScenario,
  ROOT_SETTINGS,
  seedDemo,
  uniqueName,
  type ApiWorld,
} from "@/tests/support/scenario-api";
import * as branchRoute from "./branch/route";
import * as scenarioRoute from "./route";

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
});

type ScenarioBody = { scenario: { id: string; version: number; settings: Record<string, unknown>; inheritance?: { settings: Record<string, { origin: string }>; rows: Record<string, { origin: string }[]> }; rows?: Record<string, unknown[]> } };

async function tree() {
  const project = await insertProject(db, world.organisationId);
  const root = await insertScenario(db, { projectId: project.id });
  const child = await insertScenario(db, { projectId: project.id, parentScenarioId: root.id });
  return { project, root, child };
}

const pm = () => world.cookies.project_manager;
const get = (id: string, query = "") => callRoute(scenarioRoute.GET, "GET", `/api/scenarios/${id}${query}`, { cookie: pm(), params: { scenarioId: id } });
const patch = (id: string, body: unknown) => callRoute(scenarioRoute.PATCH, "PATCH", "/x", { cookie: pm(), params: { scenarioId: id }, body });
const remove = (id: string, query = "") => callRoute(scenarioRoute.DELETE, "DELETE", `/api/scenarios/${id}${query}`, { cookie: pm(), params: { scenarioId: id } });
const settingsOf = async (id: string) => ((await get(id)).body as ScenarioBody).scenario.settings;

describe("scenarios API: role matrix", () => {
  it.each(CALLERS)("GET /api/projects/{id}/scenarios as %s", async (caller) => {
    const { project } = await tree();
    const res = await callRoute(projectScenariosRoute.GET, "GET", "/x", { cookie: world.cookies[caller], params: { projectId: project.id } });
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it.each(CALLERS)("POST /api/projects/{id}/scenarios as %s", async (caller) => {
    const { project } = await tree();
    const res = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: world.cookies[caller], params: { projectId: project.id }, body: { name: uniqueName("S"), ...ROOT_SETTINGS } });
    expect(res.status).toBe(expectedStatuses("project_manager", 201)[caller]);
  });

  it.each(CALLERS)("GET /api/scenarios/{id} as %s", async (caller) => {
    const { child } = await tree();
    const res = await callRoute(scenarioRoute.GET, "GET", "/x?include=inheritance,rows", { cookie: world.cookies[caller], params: { scenarioId: child.id } });
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it.each(CALLERS)("PATCH /api/scenarios/{id} as %s", async (caller) => {
    const { child } = await tree();
    const res = await callRoute(scenarioRoute.PATCH, "PATCH", "/x", { cookie: world.cookies[caller], params: { scenarioId: child.id }, body: { version: 1, metalPrice: 5 } });
    expect(res.status).toBe(expectedStatuses("project_manager", 200)[caller]);
  });

  it.each(CALLERS)("DELETE /api/scenarios/{id} as %s", async (caller) => {
    const { child } = await tree();
    const res = await callRoute(scenarioRoute.DELETE, "DELETE", "/x", { cookie: world.cookies[caller], params: { scenarioId: child.id } });
    expect(res.status).toBe(expectedStatuses("project_manager", 204)[caller]);
  });

  it.each(CALLERS)("POST /api/scenarios/{id}/branch as %s", async (caller) => {
    const { root } = await tree();
    const res = await callRoute(branchRoute.POST, "POST", "/x", { cookie: world.cookies[caller], params: { scenarioId: root.id }, body: { name: uniqueName("Branch") } });
    expect(res.status).toBe(expectedStatuses("project_manager", 201)[caller]);
  });
});

describe("scenarios API: create, read, validation", () => {
  it("creates a root with the project's currency and discount rate, 201 + Location, audited", async () => {
    const project = await insertProject(db, world.organisationId, { currency: "CAD", defaultDiscountRatePct: 6.5 });
    const { currency: _c, discountRatePct: _r, ...rest } = ROOT_SETTINGS;
    const res = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: pm(), params: { projectId: project.id }, body: { name: "Root", ...rest, isBaseCase: true } });
    expect(res.status).toBe(201);
    const { scenario } = res.body as ScenarioBody;
    expect(res.headers.get("location")).toBe(`/api/scenarios/${scenario.id}`);
    expect(scenario.settings).toMatchObject({ currency: "CAD", discountRatePct: 6.5, metalPrice: BASE_SCENARIO.metalPrice });
    expect(await db.select().from(auditLog).where(and(eq(auditLog.entityId, scenario.id), eq(auditLog.action, "create")))).toHaveLength(1);
  });

  it("refuses an incomplete root with 422 and a field error per missing setting; writes nothing", async () => {
    const project = await insertProject(db, world.organisationId);
    const before = await countWrites(db, world.organisationId);
    const res = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: pm(), params: { projectId: project.id }, body: { name: "Incomplete", startYear: 2030, royaltyType: "nsr" } });
    expect(res.status).toBe(422);
    const { error } = res.body as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(error.code).toBe("SCENARIO_SETTINGS_INCOMPLETE");
    expect(error.fieldErrors).toHaveProperty("lifeYears");
    expect(error.fieldErrors).toHaveProperty("royaltyRatePct");
    expect(error.fieldErrors).not.toHaveProperty("startYear");
    expect(error.fieldErrors).not.toHaveProperty("currency");
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it("answers 400 with field errors for invalid bodies and 409 for a duplicate name; writes nothing", async () => {
    const { project, root } = await tree();
    const before = await countWrites(db, world.organisationId);
    const bad = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: pm(), params: { projectId: project.id }, body: { name: "", lifeYears: 0, discounting: "sometimes", parentScenarioId: "x" } });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { error: { fieldErrors: object } }).error.fieldErrors).sort()).toEqual(["discounting", "lifeYears", "name", "parentScenarioId"]);
    const dup = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: pm(), params: { projectId: project.id }, body: { name: root.name, ...ROOT_SETTINGS } });
    expect(dup).toMatchObject({ status: 409, body: { error: { code: "SCENARIO_NAME_TAKEN" } } });
    const dupBranch = await callRoute(branchRoute.POST, "POST", "/x", { cookie: pm(), params: { scenarioId: root.id }, body: { name: root.name } });
    expect(dupBranch.status).toBe(409);
    const badPatch = await patch(root.id, { version: 1, payablePct: 101 });
    expect(badPatch.body).toMatchObject({ error: { fieldErrors: { payablePct: expect.any(Array) } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it("refuses values the columns would round onto a limit (found by the fuzzer: they were stored, refused and a 500)", async () => {
    const { root } = await tree();
    const before = await countWrites(db, world.organisationId);
    for (const [field, value] of [["fxRate", 1e-9], ["concentrateGradePct", 1e-9], ["concentrateMoisturePct", 99.9999999]] as const) {
      const res = await patch(root.id, { version: 1, [field]: value });
      expect(res).toMatchObject({ status: 400, body: { error: { code: "VALIDATION_FAILED", fieldErrors: { [field]: expect.any(Array) } } } });
    }
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it("lists a project's scenarios with child counts", async () => {
    const { project, root, child } = await tree();
    const res = await callRoute(projectScenariosRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { projectId: project.id } });
    const items = (res.body as { items: { id: string; parentScenarioId: string | null; childCount: number }[] }).items;
    expect(items.map((s) => [s.id, s.parentScenarioId, s.childCount])).toEqual([[root.id, null, 1], [child.id, root.id, 0]]);
  });

  it("never reveals another organisation's scenario (404 for every route, nothing written)", async () => {
    const project = await insertProject(db, world.otherOrganisationId);
    const foreign = await insertScenario(db, { projectId: project.id });
    const before = await countWrites(db, world.otherOrganisationId);
    const params = { scenarioId: foreign.id };
    const cookie = world.cookies.admin;
    const answers = await Promise.all([
      callRoute(scenarioRoute.GET, "GET", "/x", { cookie, params }),
      callRoute(scenarioRoute.PATCH, "PATCH", "/x", { cookie, params, body: { version: 1, name: "x" } }),
      callRoute(scenarioRoute.DELETE, "DELETE", "/x", { cookie, params }),
      callRoute(branchRoute.POST, "POST", "/x", { cookie, params, body: { name: "x" } }),
      callRoute(projectScenariosRoute.GET, "GET", "/x", { cookie, params: { projectId: project.id } }),
      callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie, params: { projectId: project.id }, body: { name: "x", ...ROOT_SETTINGS } }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await countWrites(db, world.otherOrganisationId)).toEqual(before);
    const { root } = await tree();
    const crossParent = await patch(root.id, { version: 1, parentScenarioId: foreign.id });
    expect(crossParent).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_PARENT_INVALID" } } });
  });
});

/** The child's effective rows of every kind, comparable across re-parenting (lineage + content, no ids). */
async function effectiveRowsOf(id: string) {
  const { scenario } = (await get(id, "?include=rows")).body as ScenarioBody;
  const strip = (row: unknown) => {
    const { id: _i, scenarioId: _s, createdAt: _c, updatedAt: _u, ...rest } = row as Record<string, unknown>;
    return rest;
  };
  return Object.fromEntries(Object.entries(scenario.rows ?? {}).map(([kind, rows]) => [kind, rows.map(strip)]));
}

describe("scenarios API: inheritance", () => {
  it("branches a child that stores nothing and inherits every setting and row", async () => {
    const demo = await seedDemo(db, world.organisationId);
    const res = await callRoute(branchRoute.POST, "POST", "/x", { cookie: pm(), params: { scenarioId: demo.baseScenarioId }, body: { name: uniqueName("What if"), description: "d" } });
    expect(res.status).toBe(201);
    const { scenario } = res.body as ScenarioBody;
    expect(res.headers.get("location")).toBe(`/api/scenarios/${scenario.id}`);
    expect(Object.values(scenario.inheritance?.settings ?? {}).every((s) => s.origin !== "own" && s.origin !== "overridden")).toBe(true);
    const [stored] = await db.select().from(scenarios).where(eq(scenarios.id, scenario.id));
    expect(stored).toMatchObject({ status: "draft", metalPrice: null, currency: null, parentScenarioId: demo.baseScenarioId });
    expect(await db.select().from(capexItems).where(eq(capexItems.scenarioId, scenario.id))).toHaveLength(0);
    expect(scenario.inheritance?.rows.capex?.every((r) => r.origin === "inherited")).toBe(true);
    expect(await effectiveRowsOf(scenario.id)).toEqual(await effectiveRowsOf(demo.baseScenarioId));
  });

  it("shows a parent's change in the child; an override wins; null reverts to the parent's value", async () => {
    const { root, child } = await tree();
    expect(await patch(root.id, { version: 1, metalPrice: 3.8 })).toMatchObject({ status: 200, body: { scenario: { version: 2 } } });
    expect((await settingsOf(child.id)).metalPrice).toBe(3.8);
    const override = await patch(child.id, { version: 1, metalPrice: 5.25 });
    expect(override).toMatchObject({ status: 200, body: { scenario: { version: 2, settings: { metalPrice: 5.25 } } } });
    const inheritance = ((await get(child.id, "?include=inheritance")).body as ScenarioBody).scenario.inheritance;
    expect(inheritance?.settings.metalPrice).toEqual({ origin: "overridden", sourceScenarioId: child.id });
    expect(inheritance?.settings.currency).toEqual({ origin: "inherited", sourceScenarioId: root.id });
    await patch(root.id, { version: 2, metalPrice: 4.1 });
    expect((await settingsOf(child.id)).metalPrice).toBe(5.25);
    const revert = await patch(child.id, { version: 2, metalPrice: null });
    expect(revert).toMatchObject({ status: 200, body: { scenario: { version: 3, settings: { metalPrice: 4.1 } } } });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, child.id), eq(auditLog.action, "update"))).orderBy(auditLog.createdAt);
    expect(audit?.before).toMatchObject({ metalPrice: null });
    expect(audit?.after).toMatchObject({ metalPrice: 5.25 });
  });

  it("refuses a stale version with 409 and a root's required setting set to null with 422; writes nothing", async () => {
    const { root } = await tree();
    await patch(root.id, { version: 1, name: uniqueName("Renamed") });
    const before = await countWrites(db, world.organisationId);
    expect(await patch(root.id, { version: 1, metalPrice: 9 })).toMatchObject({ status: 409, body: { error: { code: "STALE_UPDATE" } } });
    expect(await patch(root.id, { version: 2, metalPrice: null })).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_SETTINGS_INCOMPLETE", fieldErrors: { metalPrice: expect.any(Array) } } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it("refuses a cycle with 422 SCENARIO_CYCLE, and moves a scenario within the project", async () => {
    const { project, root, child } = await tree();
    const grandchild = await insertScenario(db, { projectId: project.id, parentScenarioId: child.id });
    const before = await countWrites(db, world.organisationId);
    expect(await patch(root.id, { version: 1, parentScenarioId: grandchild.id })).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_CYCLE" } } });
    expect(await patch(child.id, { version: 1, parentScenarioId: child.id })).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_CYCLE" } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
    const other = await insertScenario(db, { projectId: project.id });
    expect(await patch(grandchild.id, { version: 1, parentScenarioId: other.id })).toMatchObject({ status: 200, body: { scenario: { parentScenarioId: other.id } } });
    const elsewhere = await insertScenario(db, { projectId: (await insertProject(db, world.organisationId)).id });
    expect(await patch(child.id, { version: 1, parentScenarioId: elsewhere.id })).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_PARENT_INVALID" } } });
  });

  it("makes a child a root that keeps its effective settings and rows", async () => {
    const demo = await seedDemo(db, world.organisationId);
    const rowsBefore = await effectiveRowsOf(demo.childScenarioId);
    const settingsBefore = await settingsOf(demo.childScenarioId);
    const res = await patch(demo.childScenarioId, { version: 1, parentScenarioId: null });
    expect(res).toMatchObject({ status: 200, body: { scenario: { parentScenarioId: null } } });
    expect(await settingsOf(demo.childScenarioId)).toEqual(settingsBefore);
    expect(await effectiveRowsOf(demo.childScenarioId)).toEqual(rowsBefore);
  });

  it("keeps one base case per project and applies status transitions", async () => {
    const { root, child } = await tree();
    await patch(root.id, { version: 1, isBaseCase: true, status: "active" });
    expect(await patch(child.id, { version: 1, isBaseCase: true })).toMatchObject({ status: 200, body: { scenario: { isBaseCase: true } } });
    const [oldBase] = await db.select().from(scenarios).where(eq(scenarios.id, root.id));
    expect(oldBase).toMatchObject({ isBaseCase: false, version: 3 });
    expect(await patch(root.id, { version: 3, status: "draft" })).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_STATUS_TRANSITION" } } });
    expect(await patch(root.id, { version: 3, status: "archived" })).toMatchObject({ status: 200, body: { scenario: { status: "archived" } } });
  });
});

describe("scenarios API: rename, describe, set status (the tree's Edit dialog)", () => {
  it("renames, re-describes and activates a scenario in one PATCH, audited, and clears the description with null", async () => {
    const { root } = await tree();
    const name = uniqueName("Renamed");
    const res = await patch(root.id, { version: 1, name: `  ${name} `, description: "Lower grade, same plant", status: "active" });
    expect(res).toMatchObject({ status: 200, body: { scenario: { name, description: "Lower grade, same plant", status: "active", version: 2 } } });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, root.id), eq(auditLog.action, "update")));
    expect(audits).toHaveLength(1);
    expect(await patch(root.id, { version: 2, description: null })).toMatchObject({ status: 200, body: { scenario: { name, description: null } } });
  });

  it("answers field errors in the envelope: a blank name 400, a taken name 409, a forbidden status change 422; writes nothing", async () => {
    const { root, child } = await tree();
    const [rootRow] = await db.select().from(scenarios).where(eq(scenarios.id, root.id));
    const writes = await countWrites(db, world.organisationId);
    expect(await patch(child.id, { version: 1, name: "   " })).toMatchObject({ status: 400, body: { error: { fieldErrors: { name: expect.any(Array) } } } });
    expect(await patch(child.id, { version: 1, name: rootRow?.name })).toMatchObject({ status: 409, body: { error: { code: "SCENARIO_NAME_TAKEN", fieldErrors: { name: ["is already used in this project"] } } } });
    expect(await patch(child.id, { version: 1, status: "bogus" })).toMatchObject({ status: 400, body: { error: { fieldErrors: { status: expect.any(Array) } } } });
    expect(await countWrites(db, world.organisationId)).toEqual(writes);
    await patch(child.id, { version: 1, status: "active" });
    expect(await patch(child.id, { version: 2, status: "draft" })).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_STATUS_TRANSITION", fieldErrors: { status: expect.any(Array) } } } });
  });

  it("refuses a viewer and an analyst (403) and another organisation's project manager (404); the name stays", async () => {
    const { root } = await tree();
    const expected = { viewer: 403, analyst: 403, outsider: 404 } as const;
    for (const caller of ["viewer", "analyst", "outsider"] as const) {
      const res = await callRoute(scenarioRoute.PATCH, "PATCH", "/x", { cookie: world.cookies[caller], params: { scenarioId: root.id }, body: { version: 1, name: uniqueName("Nope") } });
      expect(res).toMatchObject({ status: expected[caller], body: { error: { code: expect.any(String), message: expect.any(String) } } });
    }
    const [row] = await db.select().from(scenarios).where(eq(scenarios.id, root.id));
    expect(row?.version).toBe(1);
  });
});

describe("scenarios API: delete", () => {
  it("refuses to delete a scenario with children (409 with their count) and writes nothing", async () => {
    const { project, root } = await tree();
    await insertScenario(db, { projectId: project.id, parentScenarioId: root.id });
    const before = await countWrites(db, world.organisationId);
    const res = await remove(root.id);
    expect(res).toMatchObject({ status: 409, body: { error: { code: "SCENARIO_HAS_CHILDREN", message: expect.stringContaining("2 child") } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
    expect((await remove(root.id, "?children=everything")).status).toBe(400);
  });

  it("deletes a whole subtree with ?children=delete, deepest first, audited per scenario", async () => {
    const { project, root, child } = await tree();
    const grandchild = await insertScenario(db, { projectId: project.id, parentScenarioId: child.id });
    const sibling = await insertScenario(db, { projectId: project.id, parentScenarioId: root.id });
    expect((await remove(root.id, "?children=delete")).status).toBe(204);
    expect(await db.select().from(scenarios).where(eq(scenarios.projectId, project.id))).toHaveLength(0);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.organisationId, world.organisationId), eq(auditLog.action, "delete"), eq(auditLog.entityType, "scenario")));
    const deletedIds = audits.map((a) => a.entityId);
    expect(deletedIds).toEqual(expect.arrayContaining([root.id, child.id, grandchild.id, sibling.id]));
  });

  it("re-parents the children of a deleted root: they become complete roots with the same effective inputs", async () => {
    const demo = await seedDemo(db, world.organisationId);
    const rowsBefore = await effectiveRowsOf(demo.childScenarioId);
    const settingsBefore = await settingsOf(demo.childScenarioId);
    expect((await remove(demo.baseScenarioId, "?children=reparent")).status).toBe(204);
    const [child] = await db.select().from(scenarios).where(eq(scenarios.id, demo.childScenarioId));
    expect(child).toMatchObject({ parentScenarioId: null, metalPrice: CHILD_SCENARIO.metalPrice, currency: "USD", version: 2 });
    expect(await settingsOf(demo.childScenarioId)).toEqual(settingsBefore);
    expect(await effectiveRowsOf(demo.childScenarioId)).toEqual(rowsBefore);
    expect(await db.select().from(productionOutputs).where(eq(productionOutputs.scenarioId, demo.childScenarioId))).toHaveLength(17);
  });

  it("re-parents the children of a deleted middle scenario to its parent, keeping what they inherited from it", async () => {
    const { project, root, child: middle } = await tree();
    const leaf = await insertScenario(db, { projectId: project.id, parentScenarioId: middle.id });
    await patch(middle.id, { version: 1, metalPrice: 6 });
    await patch(root.id, { version: 1, discountRatePct: 11 });
    expect((await remove(middle.id, "?children=reparent")).status).toBe(204);
    const [moved] = await db.select().from(scenarios).where(eq(scenarios.id, leaf.id));
    expect(moved).toMatchObject({ parentScenarioId: root.id, metalPrice: 6, discountRatePct: null });
    expect(await settingsOf(leaf.id)).toMatchObject({ metalPrice: 6, discountRatePct: 11 });
  });
});
