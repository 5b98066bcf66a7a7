import { describe, expect, it } from "vitest";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { countRows, createWorld, scenarioVersionOf, validBody, type World } from "@/tests/support/row-fixtures";
import { rowRoutes } from ".";

// The co- and by-product rows (issue #14) through the generic row routes: create, list, inheritance by a child
// scenario, the name rules (unique case-insensitive, not the project's commodity), field validation and access.

const getDb = useTestDb();
const products = rowRoutes.products;
type Row = Record<string, unknown> & { lineageId: string; origin: string; name: string };

let worldPromise: Promise<World> | undefined;
async function world(): Promise<World> {
  worldPromise ??= getDb().then(createWorld);
  return worldPromise;
}

async function create(w: World, scenarioId: string, body: object, cookie = w.cookies.project_manager) {
  return callRoute(products.collection.POST, "POST", "/x", { params: { scenarioId }, body, cookie });
}

async function list(w: World, scenarioId: string, cookie = w.cookies.viewer) {
  return callRoute(products.collection.GET, "GET", "http://localhost/x?pageSize=500", { params: { scenarioId }, cookie });
}

async function listRows(w: World, scenarioId: string): Promise<Row[]> {
  const res = await list(w, scenarioId);
  expect(res.status).toBe(200);
  return (res.body as { data: Row[] }).data;
}

describe("product rows", () => {
  it("creates a by-product, lists it, and a child scenario inherits it", async () => {
    const w = await world();
    const body = validBody("products");
    const created = await create(w, w.ids.baseScenarioId, body);
    expect(created).toMatchObject({ status: 201, body: { data: { ...body, refiningChargePerUnit: 0, premiumPerUnit: 0, origin: "own" } } });
    const lineageId = (created.body as { data: Row }).data.lineageId;
    expect((await listRows(w, w.ids.baseScenarioId)).map((row) => row.lineageId)).toContain(lineageId);
    const inChild = (await listRows(w, w.ids.childScenarioId)).find((row) => row.lineageId === lineageId);
    expect(inChild).toMatchObject({ name: body.name, origin: "inherited" });
  });

  it("overrides an inherited product in the child without touching the parent's", async () => {
    const w = await world();
    const created = await create(w, w.ids.baseScenarioId, validBody("products"));
    const { lineageId } = (created.body as { data: Row }).data;
    const version = await scenarioVersionOf(w.db, w.ids.childScenarioId);
    const patched = await callRoute(products.item.PATCH, "PATCH", "/x", {
      params: { scenarioId: w.ids.childScenarioId, itemId: lineageId },
      body: { version, price: 2500 },
      cookie: w.cookies.project_manager,
    });
    expect(patched).toMatchObject({ status: 200, body: { data: { price: 2500, origin: "overridden" } } });
    expect((await listRows(w, w.ids.baseScenarioId)).find((row) => row.lineageId === lineageId)).toMatchObject({ price: 2000 });
  });

  it("refuses a second product of the same name, whatever its case (409, nothing written)", async () => {
    const w = await world();
    const body = validBody("products");
    expect((await create(w, w.ids.baseScenarioId, body)).status).toBe(201);
    const before = await countRows(w.db, w.organisationId);
    const again = await create(w, w.ids.baseScenarioId, { ...body, name: ` ${String(body.name).toUpperCase()} ` });
    expect(again).toMatchObject({ status: 409, body: { error: { code: "DUPLICATE_NAME", fieldErrors: { name: [expect.any(String)] } } } });
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("refuses a product named like the project's commodity with 422", async () => {
    const w = await world();
    const before = await countRows(w.db, w.organisationId);
    const res = await create(w, w.ids.baseScenarioId, { ...validBody("products"), name: " Copper" });
    expect(res).toMatchObject({ status: 422, body: { error: { code: "PRODUCT_NAME_IS_COMMODITY", fieldErrors: { name: [expect.any(String)] } } } });
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("refuses a bulk replace with two products of one name (400) or the commodity's name (422, naming the row)", async () => {
    const w = await world();
    const root = w.ids.deckScenarioId;
    const before = await listRows(w, root);
    // Existing rows stay as they are (kept by lineage id); the new ones clash.
    const put = async (added: object[]) =>
      callRoute(products.collection.PUT, "PUT", "/x", {
        params: { scenarioId: root },
        body: { version: await scenarioVersionOf(w.db, root), rows: [...before, ...added] },
        cookie: w.cookies.project_manager,
      });
    const body = validBody("products");
    const clash = `rows.${before.length + 1}.name`;
    const twice = await put([body, { ...body, name: String(body.name).toLowerCase() }]);
    expect(twice).toMatchObject({ status: 400, body: { error: { code: "VALIDATION_FAILED", fieldErrors: { [clash]: [expect.any(String)] } } } });
    const commodity = await put([body, { ...validBody("products"), name: "COPPER" }]);
    expect(commodity).toMatchObject({ status: 422, body: { error: { code: "PRODUCT_NAME_IS_COMMODITY", fieldErrors: { [clash]: [expect.any(String)] } } } });
    expect(await listRows(w, root)).toEqual(before);
  });

  it.each([
    ["recoveryPct", 101],
    ["payablePct", -1],
    ["headGrade", -0.5],
    ["price", 0],
    ["role", "primary"],
  ])("refuses %s = %o with field errors and writes nothing", async (field, value) => {
    const w = await world();
    const before = await countRows(w.db, w.organisationId);
    const res = await create(w, w.ids.baseScenarioId, { ...validBody("products"), [field]: value });
    expect(res).toMatchObject({ status: 400, body: { error: { code: "VALIDATION_FAILED", fieldErrors: { [field]: [expect.any(String)] } } } });
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("refuses a viewer's write (403) and hides another organisation's scenario (404)", async () => {
    const w = await world();
    expect((await create(w, w.ids.baseScenarioId, validBody("products"), w.cookies.viewer)).status).toBe(403);
    expect((await list(w, w.ids.baseScenarioId, w.cookies.other_org)).status).toBe(404);
    expect((await create(w, w.ids.baseScenarioId, validBody("products"), w.cookies.other_org)).status).toBe(404);
  });
});
