import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, consumptionActuals, consumptionItems, scenarios } from "@/db/schema";
import * as actualRoute from "@/app/api/consumption-actuals/[actualId]/route";
import * as itemRoute from "@/app/api/scenarios/[scenarioId]/consumption/[itemId]/route";
import * as itemActualsRoute from "@/app/api/scenarios/[scenarioId]/consumption/[itemId]/actuals/route";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { CALLERS, createApiWorld, expectedStatuses, insertProject, insertScenario, type ApiWorld, type Caller } from "@/tests/support/scenario-api";

// Consumption actuals (issue #14): reached under the scenario by the item's lineage id, stored on the scenario's
// effective row of the item. Viewers read, project managers and admins write; another organisation gets 404.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let scenarioId: string;
let childId: string;
/** The root's diesel item: its lineage id (URLs) and its row id (storage). */
let item: { id: string; lineageId: string };

const VALID = { periodStart: "2025-03-01", quantity: 41_250.5, unitCost: 1.12, currency: "USD" };

async function insertActual(): Promise<string> {
  const [row] = await db.insert(consumptionActuals).values({ consumptionItemId: item.id, ...VALID }).returning({ id: consumptionActuals.id });
  if (!row) throw new Error("actual not created");
  return row.id;
}

const postActual = (body: unknown, caller: Caller = "project_manager", at = { scenarioId, itemId: item.lineageId }) =>
  callRoute(itemActualsRoute.POST, "POST", "/x", { params: at, body, cookie: world.cookies[caller] });
const listActuals = (query = "", caller: Caller = "viewer", at = { scenarioId, itemId: item.lineageId }) =>
  callRoute(itemActualsRoute.GET, "GET", `/x${query}`, { params: at, cookie: world.cookies[caller] });

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  const project = await insertProject(db, world.organisationId);
  scenarioId = (await insertScenario(db, { projectId: project.id })).id;
  childId = (await insertScenario(db, { projectId: project.id, parentScenarioId: scenarioId })).id;
  const [row] = await db
    .insert(consumptionItems)
    .values({ scenarioId, resourceType: "fuel", name: "Diesel", unit: "L", quantityPerPeriod: 500_000, unitPrice: 1.1, startPeriod: 1 })
    .returning({ id: consumptionItems.id, lineageId: consumptionItems.lineageId });
  if (!row) throw new Error("item not created");
  item = row;
});

describe("roles", () => {
  it.each(CALLERS)("GET …/consumption/{itemId}/actuals as %s", async (caller) => {
    expect((await listActuals("", caller)).status).toBe(expectedStatuses("viewer", 200)[caller]);
  });
  it.each(CALLERS)("POST …/consumption/{itemId}/actuals as %s", async (caller) => {
    expect((await postActual(VALID, caller)).status).toBe(expectedStatuses("project_manager", 201)[caller]);
  });
  it.each(CALLERS)("GET /api/consumption-actuals/{id} as %s", async (caller) => {
    const res = await callRoute(actualRoute.GET, "GET", "/x", { params: { actualId: await insertActual() }, cookie: world.cookies[caller] });
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });
  it.each(CALLERS)("PATCH /api/consumption-actuals/{id} as %s", async (caller) => {
    const res = await callRoute(actualRoute.PATCH, "PATCH", "/x", { params: { actualId: await insertActual() }, body: { quantity: 7 }, cookie: world.cookies[caller] });
    expect(res.status).toBe(expectedStatuses("project_manager", 200)[caller]);
  });
  it.each(CALLERS)("DELETE /api/consumption-actuals/{id} as %s", async (caller) => {
    const res = await callRoute(actualRoute.DELETE, "DELETE", "/x", { params: { actualId: await insertActual() }, cookie: world.cookies[caller] });
    expect(res.status).toBe(expectedStatuses("project_manager", 204)[caller]);
  });
});

describe("another organisation, and items the scenario does not have", () => {
  it("answers 404, never 403, to our admin for the other organisation's scenario and actual", async () => {
    const otherProject = await insertProject(db, world.otherOrganisationId);
    const otherScenario = (await insertScenario(db, { projectId: otherProject.id })).id;
    const [otherItem] = await db
      .insert(consumptionItems)
      .values({ scenarioId: otherScenario, resourceType: "power", name: "Grid", unit: "kWh", ratePerTonneProcessed: 18, unitPrice: 0.08, startPeriod: 1 })
      .returning({ id: consumptionItems.id, lineageId: consumptionItems.lineageId });
    if (!otherItem) throw new Error("item not created");
    const [otherActual] = await db.insert(consumptionActuals).values({ consumptionItemId: otherItem.id, ...VALID }).returning({ id: consumptionActuals.id });
    const at = { scenarioId: otherScenario, itemId: otherItem.lineageId };
    expect((await listActuals("", "admin", at)).status).toBe(404);
    expect((await postActual(VALID, "admin", at)).status).toBe(404);
    const patch = await callRoute(actualRoute.PATCH, "PATCH", "/x", { params: { actualId: otherActual?.id ?? "" }, body: { quantity: 1 }, cookie: world.cookies.admin });
    expect([patch.status, (patch.body as { error: { code: string } }).error.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("answers 404 for an item that is not the scenario's, or named by its row id instead of its lineage id", async () => {
    const missing = await postActual(VALID, "admin", { scenarioId, itemId: crypto.randomUUID() });
    expect([missing.status, (missing.body as { error: { message: string } }).error.message]).toEqual([404, "Consumption item not found"]);
  });
});

describe("validation", () => {
  it("refuses a negative quantity, a lowercase currency and an impossible date with field errors", async () => {
    const res = await postActual({ periodStart: "2025-02-30", quantity: -1, unitCost: 1, currency: "usd" });
    expect(res.status).toBe(400);
    const { error } = res.body as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["currency", "periodStart", "quantity"]);
  });

  it("refuses an empty change and a list filter that ends before it starts", async () => {
    const patch = await callRoute(actualRoute.PATCH, "PATCH", "/x", { params: { actualId: await insertActual() }, body: {}, cookie: world.cookies.admin });
    expect(patch.status).toBe(400);
    expect((await listActuals("?from=2025-06-01&to=2025-01-01")).status).toBe(400);
  });
});

describe("round trip", () => {
  it("creates, lists by period, changes and deletes an actual, audited, in the inheriting child too", async () => {
    const created = await postActual({ ...VALID, periodStart: "2024-12-01", notes: "Wet season" }, "admin", { scenarioId: childId, itemId: item.lineageId });
    expect(created.status).toBe(201);
    const { data } = created.body as { data: { id: string; consumptionItemId: string; quantity: number; notes: string } };
    // The child inherits the item unchanged, so its effective row is the root's and both scenarios list the actual.
    expect([data.consumptionItemId, data.quantity, data.notes]).toEqual([item.id, 41_250.5, "Wet season"]);
    expect(created.headers.get("Location")).toBe(`/api/consumption-actuals/${data.id}`);
    const listed = await listActuals("?order=asc&pageSize=1");
    expect((listed.body as { data: { id: string }[] }).data[0]?.id).toBe(data.id);
    const changed = await callRoute(actualRoute.PATCH, "PATCH", "/x", { params: { actualId: data.id }, body: { unitCost: 1.5 }, cookie: world.cookies.admin });
    expect((changed.body as { data: { unitCost: number } }).data.unitCost).toBe(1.5);
    expect((await callRoute(actualRoute.DELETE, "DELETE", "/x", { params: { actualId: data.id }, cookie: world.cookies.admin })).status).toBe(204);
    expect((await callRoute(actualRoute.GET, "GET", "/x", { params: { actualId: data.id }, cookie: world.cookies.admin })).status).toBe(404);
    const audited = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, data.id));
    expect(audited.map((a) => a.action).sort()).toEqual(["create", "delete", "update"]);
  });
});

describe("the item row keeps its actuals", () => {
  it("refuses to delete a consumption item that has actuals (409 CONSUMPTION_HAS_ACTUALS), keeping every actual", async () => {
    await insertActual();
    const count = async () => (await db.select().from(consumptionActuals).where(eq(consumptionActuals.consumptionItemId, item.id))).length;
    const before = await count();
    const [scenario] = await db.select({ version: scenarios.version }).from(scenarios).where(eq(scenarios.id, scenarioId));
    const res = await callRoute(itemRoute.DELETE, "DELETE", `http://localhost/x?version=${scenario?.version ?? 0}`, {
      params: { scenarioId, itemId: item.lineageId },
      cookie: world.cookies.admin,
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "CONSUMPTION_HAS_ACTUALS" } } });
    expect(await count()).toBe(before);
  });
});
