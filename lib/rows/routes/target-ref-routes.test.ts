import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { countRows, createWorld, insertRow, scenarioVersionOf, validBody, type World } from "@/tests/support/row-fixtures";
import { rowRoutes } from ".";

// A parameter's reference must name something the scenario effectively has: an opex/capex item of its own or
// inherited (not one it deleted), or a category / resource type some item uses. Anything else is a 422 that
// names the field and writes nothing.

const getDb = useTestDb();
const parameters = rowRoutes.parameters;
const opex = rowRoutes.opex;

let worldPromise: Promise<World> | undefined;
async function world(): Promise<World & { cookie: string | undefined }> {
  worldPromise ??= getDb().then(createWorld);
  const w = await worldPromise;
  return { ...w, cookie: w.cookies.project_manager };
}

function postParameter(w: World & { cookie: string | undefined }, scenarioId: string, body: Record<string, unknown>) {
  return callRoute(parameters.collection.POST, "POST", "/x", { params: { scenarioId }, body, cookie: w.cookie });
}

function opexItemBody(target: string, targetRef: string): Record<string, unknown> {
  return { ...validBody("parameters"), target, targetRef, application: "factor", baseValue: 1, unit: "factor" };
}

type RefError = { error: { code: string; message: string; fieldErrors: Record<string, string[]> } };

describe("parameter routes: references to the scenario's items", () => {
  it("refuses an opex item the scenario never had with 422 naming targetRef, and writes nothing", async () => {
    const w = await world();
    const before = await countRows(w.db, w.organisationId);
    const res = await postParameter(w, w.ids.baseScenarioId, opexItemBody("opex_item", randomUUID()));
    expect(res.status).toBe(422);
    const { error } = res.body as RefError;
    expect(error.code).toBe("TARGET_REF_NOT_FOUND");
    expect(error.fieldErrors.targetRef?.[0]).toMatch(/opex item/);
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("accepts an opex item of the scenario by its lineage id", async () => {
    const w = await world();
    const item = await insertRow(w.db, "opex", w.ids.baseScenarioId);
    const res = await postParameter(w, w.ids.baseScenarioId, opexItemBody("opex_item", item.lineageId));
    expect(res.status).toBe(201);
    expect((res.body as { data: { targetRef: string } }).data.targetRef).toBe(item.lineageId);
  });

  it("refuses, in a child, an inherited opex item the child deleted; the parent still accepts it", async () => {
    const w = await world();
    const { baseScenarioId, childScenarioId } = w.ids;
    const item = await insertRow(w.db, "opex", baseScenarioId);
    const version = await scenarioVersionOf(w.db, childScenarioId);
    const removed = await callRoute(opex.item.DELETE, "DELETE", `http://localhost/x?version=${version}`, {
      params: { scenarioId: childScenarioId, itemId: item.lineageId },
      cookie: w.cookie,
    });
    expect(removed.status).toBe(204);
    const inChild = await postParameter(w, childScenarioId, opexItemBody("opex_item", item.lineageId));
    expect(inChild).toMatchObject({ status: 422, body: { error: { code: "TARGET_REF_NOT_FOUND" } } });
    expect((await postParameter(w, baseScenarioId, opexItemBody("opex_item", item.lineageId))).status).toBe(201);
  });

  it("refuses, in a child, an opex category whose every item the child deleted; the parent still accepts it", async () => {
    const w = await world();
    const { baseScenarioId, childScenarioId } = w.ids;
    const listed = await callRoute(opex.collection.GET, "GET", "http://localhost/x?pageSize=500", { params: { scenarioId: childScenarioId }, cookie: w.cookie });
    const rows = (listed.body as { data: { lineageId: string; category: string }[] }).data;
    const category = rows[0]?.category;
    if (!category) throw new Error("the demo child scenario should have opex items");
    for (const row of rows.filter((candidate) => candidate.category === category)) {
      const version = await scenarioVersionOf(w.db, childScenarioId);
      const removed = await callRoute(opex.item.DELETE, "DELETE", `http://localhost/x?version=${version}`, {
        params: { scenarioId: childScenarioId, itemId: row.lineageId },
        cookie: w.cookie,
      });
      expect(removed.status).toBe(204);
    }
    const refused = await postParameter(w, childScenarioId, opexItemBody("opex_category", category));
    expect(refused.status).toBe(422);
    expect((refused.body as RefError).error.fieldErrors.targetRef?.[0]).toMatch(/category/);
    expect((await postParameter(w, baseScenarioId, opexItemBody("opex_category", category))).status).toBe(201);
  });

  it("refuses a bulk save naming the row (rows.<index>.targetRef) and writes nothing", async () => {
    const w = await world();
    const before = await countRows(w.db, w.organisationId);
    const version = await scenarioVersionOf(w.db, w.ids.baseScenarioId);
    const rows = [validBody("parameters"), opexItemBody("capex_item", randomUUID())];
    const res = await callRoute(parameters.collection.PUT, "PUT", "/x", {
      params: { scenarioId: w.ids.baseScenarioId },
      body: { version, rows },
      cookie: w.cookie,
    });
    expect(res.status).toBe(422);
    expect(Object.keys((res.body as RefError).error.fieldErrors)).toEqual(["rows.1.targetRef"]);
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
    expect(await scenarioVersionOf(w.db, w.ids.baseScenarioId)).toBe(version);
  });

  it("refuses a patch that points a parameter at a missing capex item", async () => {
    const w = await world();
    const created = await postParameter(w, w.ids.baseScenarioId, validBody("parameters"));
    const { lineageId } = (created.body as { data: { lineageId: string } }).data;
    const version = await scenarioVersionOf(w.db, w.ids.baseScenarioId);
    const res = await callRoute(parameters.item.PATCH, "PATCH", "/x", {
      params: { scenarioId: w.ids.baseScenarioId, itemId: lineageId },
      body: { version, target: "capex_item", targetRef: randomUUID(), application: "factor" },
      cookie: w.cookie,
    });
    expect(res.status).toBe(422);
    expect((res.body as RefError).error.fieldErrors.targetRef?.[0]).toMatch(/capex item/);
  });
});
