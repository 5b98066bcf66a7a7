import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { toWriteError } from "@/db/queries/rows/database-errors";
import {
  auditLog,
  capexItems,
  equipment,
  maintenanceLogs,
  parameterCorrelations,
  processParameters,
  productionOutputs,
  scenarioRowRemovals,
} from "@/db/schema";
import { CAMP_EXPANSION } from "@/db/seed-data/quebrada-azul";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { correlationRoutes, maintenanceRoutes, rowRoutes } from ".";
import {
  countRows,
  createWorld,
  insertRow,
  scenarioVersionOf,
  validBody,
  type World,
} from "@/tests/support/row-fixtures";

// Behaviour of the row routes as a project manager: inheritance by lineage id, bulk replace, validation that
// writes nothing, optimistic concurrency, correlations and maintenance logs.

const getDb = useTestDb();
const capex = rowRoutes.capex;
const { GET: getCorrelations, PUT: putCorrelations } = correlationRoutes;
const { list: listMaintenance, create: createMaintenance, get: getMaintenance, update: updateMaintenance } = maintenanceRoutes;
type Row = Record<string, unknown> & { lineageId: string; origin: string; name?: string; amount?: number };

let worldPromise: Promise<World> | undefined;
async function world(): Promise<World & { cookie: string | undefined }> {
  worldPromise ??= getDb().then(createWorld);
  const w = await worldPromise;
  return { ...w, cookie: w.cookies.project_manager };
}

async function listCapex(
  w: World,
  scenarioId: string,
  query = "pageSize=500",
): Promise<{ data: Row[]; total: number }> {
  const res = await callRoute(capex.collection.GET, "GET", `http://localhost/x?${query}`, {
    params: { scenarioId },
    cookie: w.cookies.viewer,
  });
  expect(res.status).toBe(200);
  return res.body as { data: Row[]; total: number };
}

async function capexByName(w: World, scenarioId: string, name: string): Promise<Row> {
  const row = (await listCapex(w, scenarioId)).data.find((r) => r.name === name);
  if (!row) throw new Error(`no capex ${name}`);
  return row;
}

async function patchCapex(
  w: World & { cookie: string | undefined },
  scenarioId: string,
  lineageId: string,
  patch: object,
) {
  const version = await scenarioVersionOf(w.db, scenarioId);
  return callRoute(capex.item.PATCH, "PATCH", "/x", {
    params: { scenarioId, itemId: lineageId },
    body: { version, ...patch },
    cookie: w.cookie,
  });
}

async function deleteCapex(
  w: World & { cookie: string | undefined },
  scenarioId: string,
  lineageId: string,
  revert = false,
) {
  const version = await scenarioVersionOf(w.db, scenarioId);
  const url = `http://localhost/x?version=${version}${revert ? "&revert=true" : ""}`;
  return callRoute(capex.item.DELETE, "DELETE", url, {
    params: { scenarioId, itemId: lineageId },
    cookie: w.cookie,
  });
}

async function ownCapexCount(w: World, scenarioId: string): Promise<number> {
  return (
    await w.db.select({ id: capexItems.id }).from(capexItems).where(eq(capexItems.scenarioId, scenarioId))
  ).length;
}

describe("row routes: inheritance by lineage id", () => {
  it("shows a parent's change in the child, where the row is inherited", async () => {
    const w = await world();
    const { baseScenarioId, childScenarioId } = w.ids;
    const row = (await listCapex(w, childScenarioId)).data.find((r) => r.origin === "inherited") as Row;
    expect((await patchCapex(w, baseScenarioId, row.lineageId, { amount: 123_456 })).status).toBe(200);
    const res = await callRoute(capex.item.GET, "GET", "/x", {
      params: { scenarioId: childScenarioId, itemId: row.lineageId },
      cookie: w.cookie,
    });
    expect(res.body).toMatchObject({
      data: { lineageId: row.lineageId, amount: 123_456, origin: "inherited" },
    });
  });

  it("overrides an inherited row in the child, then reverts it to the parent's value", async () => {
    const w = await world();
    const { baseScenarioId, childScenarioId } = w.ids;
    const row = (await listCapex(w, childScenarioId)).data.find((r) => r.origin === "inherited") as Row;
    const parentAmount = row.amount;
    const ownBefore = await ownCapexCount(w, childScenarioId);
    const patched = await patchCapex(w, childScenarioId, row.lineageId, { amount: 42 });
    expect(patched).toMatchObject({
      status: 200,
      body: {
        data: { lineageId: row.lineageId, amount: 42, origin: "overridden", scenarioId: childScenarioId },
      },
    });
    expect(await ownCapexCount(w, childScenarioId)).toBe(ownBefore + 1);
    expect((await patchCapex(w, childScenarioId, row.lineageId, { amount: 43 })).body).toMatchObject({
      data: { amount: 43, origin: "overridden" },
    });
    expect(await ownCapexCount(w, childScenarioId)).toBe(ownBefore + 1);
    expect((await capexByName(w, baseScenarioId, String(row.name))).amount).toBe(parentAmount);
    expect((await deleteCapex(w, childScenarioId, row.lineageId, true)).status).toBe(204);
    expect(await capexByName(w, childScenarioId, String(row.name))).toMatchObject({
      amount: parentAmount,
      origin: "inherited",
    });
    expect(await ownCapexCount(w, childScenarioId)).toBe(ownBefore);
  });

  it("removes an inherited row from the child, then takes the removal back", async () => {
    const w = await world();
    const { baseScenarioId, childScenarioId } = w.ids;
    const row = (await listCapex(w, childScenarioId)).data.find((r) => r.origin === "inherited") as Row;
    expect((await deleteCapex(w, childScenarioId, row.lineageId)).status).toBe(204);
    const gone = await callRoute(capex.item.GET, "GET", "/x", {
      params: { scenarioId: childScenarioId, itemId: row.lineageId },
      cookie: w.cookie,
    });
    expect(gone.status).toBe(404);
    expect((await listCapex(w, baseScenarioId)).data.some((r) => r.lineageId === row.lineageId)).toBe(true);
    expect((await deleteCapex(w, childScenarioId, row.lineageId, true)).status).toBe(204);
    expect(
      (await listCapex(w, childScenarioId)).data.find((r) => r.lineageId === row.lineageId),
    ).toMatchObject({ origin: "inherited" });
    // The seeded child removes the camp expansion: revert brings it back.
    const camp = await capexByName(w, baseScenarioId, CAMP_EXPANSION);
    expect((await deleteCapex(w, childScenarioId, camp.lineageId, true)).status).toBe(204);
    expect((await capexByName(w, childScenarioId, CAMP_EXPANSION)).origin).toBe("inherited");
  });

  it("deletes a root's own row (gone from the child too) and refuses to revert what is not an override", async () => {
    const w = await world();
    const { baseScenarioId, childScenarioId } = w.ids;
    const { lineageId } = await insertRow(w.db, "capex", baseScenarioId);
    expect((await deleteCapex(w, baseScenarioId, lineageId, true)).body).toMatchObject({
      error: { code: "NOT_REVERTIBLE" },
    });
    expect((await deleteCapex(w, baseScenarioId, lineageId)).status).toBe(204);
    expect((await listCapex(w, childScenarioId)).data.some((r) => r.lineageId === lineageId)).toBe(false);
    expect((await deleteCapex(w, baseScenarioId, lineageId)).status).toBe(404);
  });

  it("creates with 201 and a Location by lineage id, bumps the version and writes the audit log", async () => {
    const w = await world();
    const { childScenarioId } = w.ids;
    const version = await scenarioVersionOf(w.db, childScenarioId);
    const res = await callRoute(capex.collection.POST, "POST", "/x", {
      params: { scenarioId: childScenarioId },
      body: validBody("capex"),
      cookie: w.cookie,
    });
    const row = (res.body as { data: Row }).data;
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/scenarios/${childScenarioId}/capex/${row.lineageId}`);
    expect(row.origin).toBe("own");
    expect(await scenarioVersionOf(w.db, childScenarioId)).toBe(version + 1);
    const audit = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "capex_item"), eq(auditLog.entityId, String(row.id))));
    expect(audit).toMatchObject([
      { action: "create", organisationId: w.organisationId, after: { amount: 1000 } },
    ]);
  });

  it("refuses a stale version with 409 STALE_UPDATE and writes nothing", async () => {
    const w = await world();
    const { baseScenarioId } = w.ids;
    const row = (await listCapex(w, baseScenarioId)).data[0] as Row;
    const before = await countRows(w.db, w.organisationId);
    const version = await scenarioVersionOf(w.db, baseScenarioId);
    const res = await callRoute(capex.item.PATCH, "PATCH", "/x", {
      params: { scenarioId: baseScenarioId, itemId: row.lineageId },
      body: { version: version - 1, amount: 1 },
      cookie: w.cookie,
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "STALE_UPDATE" } } });
    const del = await callRoute(capex.item.DELETE, "DELETE", `http://localhost/x?version=${version + 5}`, {
      params: { scenarioId: baseScenarioId, itemId: row.lineageId },
      cookie: w.cookie,
    });
    expect(del.status).toBe(409);
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
    expect(await scenarioVersionOf(w.db, baseScenarioId)).toBe(version);
  });
});

describe("row routes: validation writes nothing", () => {
  const INVALID: [keyof typeof rowRoutes, Record<string, unknown>, string][] = [
    ["capex", { ...validBody("capex"), amount: -1 }, "amount"],
    ["capex", { ...validBody("capex"), contingencyPct: 101 }, "contingencyPct"],
    ["capex", { ...validBody("capex"), currency: "usd" }, "currency"],
    ["opex", { ...validBody("opex"), startPeriod: 5, endPeriod: 4 }, "endPeriod"],
    ["opex", { ...validBody("opex"), escalationPct: -101 }, "escalationPct"],
    ["consumption", { ...validBody("consumption"), ratePerTonneProcessed: 0.5 }, "ratePerTonneProcessed"],
    ["consumption", { ...validBody("consumption"), quantityPerPeriod: -3 }, "quantityPerPeriod"],
    ["equipment", { ...validBody("equipment"), availabilityPct: 120 }, "availabilityPct"],
    ["equipment", { ...validBody("equipment"), hoursPerYear: 9000 }, "hoursPerYear"],
    ["production", { ...validBody("production"), recoveryPct: 100.5 }, "recoveryPct"],
    ["production", { ...validBody("production"), oreMinedT: -1 }, "oreMinedT"],
    ["parameters", { ...validBody("parameters"), target: "opex_item" }, "targetRef"],
    [
      "parameters",
      { ...validBody("parameters"), target: "opex_total", application: "absolute" },
      "application",
    ],
    [
      "parameters",
      { ...validBody("parameters"), target: "discount_rate", sampling: "per_period" },
      "sampling",
    ],
    [
      "parameters",
      { ...validBody("parameters"), distribution: { type: "normal", mean: 4, sd: -1 } },
      "distribution.sd",
    ],
  ];

  it.each(INVALID)("POST %s refuses %o with 400 naming %s", async (segment, body, field) => {
    const w = await world();
    const before = await countRows(w.db, w.organisationId);
    const res = await callRoute(rowRoutes[segment].collection.POST, "POST", "/x", {
      params: { scenarioId: w.ids.baseScenarioId },
      body,
      cookie: w.cookie,
    });
    expect(res.status).toBe(400);
    expect(
      (res.body as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors[field],
    ).toBeDefined();
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("checks a patch against the merged row (end before the stored start) and writes nothing", async () => {
    const w = await world();
    const { lineageId } = await insertRow(w.db, "opex", w.ids.baseScenarioId);
    const before = await countRows(w.db, w.organisationId);
    const version = await scenarioVersionOf(w.db, w.ids.baseScenarioId);
    const res = await callRoute(rowRoutes.opex.item.PATCH, "PATCH", "/x", {
      params: { scenarioId: w.ids.baseScenarioId, itemId: lineageId },
      body: { version, endPeriod: 0 },
      cookie: w.cookie,
    });
    expect(res).toMatchObject({
      status: 400,
      body: { error: { fieldErrors: { endPeriod: [expect.any(String)] } } },
    });
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
    expect(await scenarioVersionOf(w.db, w.ids.baseScenarioId)).toBe(version);
  });

  it("refuses a bulk replace whose last row is invalid, keyed rows.<index>.<field>, writing nothing", async () => {
    const w = await world();
    const { childScenarioId } = w.ids;
    const rows = (await listCapex(w, childScenarioId)).data;
    const body = {
      version: await scenarioVersionOf(w.db, childScenarioId),
      rows: [...rows.slice(1), { ...validBody("capex"), amount: -5 }],
    };
    const before = await countRows(w.db, w.organisationId);
    const res = await callRoute(capex.collection.PUT, "PUT", "/x", {
      params: { scenarioId: childScenarioId },
      body,
      cookie: w.cookie,
    });
    expect(res.status).toBe(400);
    expect(Object.keys((res.body as { error: { fieldErrors: object } }).error.fieldErrors)).toEqual([
      `rows.${rows.length - 1}.amount`,
    ]);
    const unknown = await callRoute(capex.collection.PUT, "PUT", "/x", {
      params: { scenarioId: childScenarioId },
      body: { ...body, rows: [{ ...validBody("capex"), lineageId: crypto.randomUUID() }] },
      cookie: w.cookie,
    });
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { fieldErrors: { "rows.0.lineageId": [expect.any(String)] } } },
    });
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("answers 400 for a malformed id, an oversized page and an unknown sort field", async () => {
    const w = await world();
    const bad = await callRoute(capex.collection.GET, "GET", "/x", {
      params: { scenarioId: "nope" },
      cookie: w.cookie,
    });
    expect(bad.status).toBe(400);
    for (const query of ["pageSize=501", "sort=secret", "page=0"]) {
      const res = await callRoute(capex.collection.GET, "GET", `http://localhost/x?${query}`, {
        params: { scenarioId: w.ids.baseScenarioId },
        cookie: w.cookie,
      });
      expect(res.status).toBe(400);
    }
  });

  it("maps constraint violations the schemas cannot see to 409/422, never 500", () => {
    expect(toWriteError({ code: "23505" })).toMatchObject({ status: 409, code: "CONFLICT" });
    expect(toWriteError(Object.assign(new Error("wrapped"), { cause: { code: "23514" } }))).toMatchObject({
      status: 422,
    });
    const unknown = new Error("boom");
    expect(toWriteError(unknown)).toBe(unknown);
  });
});

describe("row routes: bulk replace", () => {
  it("in a child stores only the differences: one override, one removal, one new row", async () => {
    const w = await world();
    const { childScenarioId } = w.ids;
    const rows = (await listCapex(w, childScenarioId)).data;
    const [changed, dropped] = rows.filter((r) => r.origin === "inherited") as [Row, Row];
    const unchanged = rows.filter((r) => r !== changed && r !== dropped);
    const ownBefore = await ownCapexCount(w, childScenarioId);
    const desired = [{ ...changed, amount: 7 }, ...unchanged, validBody("capex")];
    const body = { version: await scenarioVersionOf(w.db, childScenarioId), rows: desired };
    const res = await callRoute(capex.collection.PUT, "PUT", "/x", {
      params: { scenarioId: childScenarioId },
      body,
      cookie: w.cookie,
    });
    expect(res.status).toBe(200);
    expect((res.body as { changes: object }).changes).toEqual({
      created: 2,
      updated: 0,
      deleted: 0,
      removed: 1,
      restored: 0,
    });
    expect(await ownCapexCount(w, childScenarioId)).toBe(ownBefore + 2);
    const after = await listCapex(w, childScenarioId);
    expect(after.data.find((r) => r.lineageId === changed.lineageId)).toMatchObject({
      amount: 7,
      origin: "overridden",
    });
    expect(after.data.some((r) => r.lineageId === dropped.lineageId)).toBe(false);
    expect(after.data.filter((r) => r.origin === "inherited")).toHaveLength(
      unchanged.filter((r) => r.origin === "inherited").length,
    );
    // Sending the same table back changes nothing; setting the override back to the parent's value deletes it.
    const again = await callRoute(capex.collection.PUT, "PUT", "/x", {
      params: { scenarioId: childScenarioId },
      body: {
        version: await scenarioVersionOf(w.db, childScenarioId),
        rows: after.data.map((r) =>
          r.lineageId === changed.lineageId ? { ...r, amount: changed.amount } : r,
        ),
      },
      cookie: w.cookie,
    });
    expect((again.body as { changes: object }).changes).toEqual({
      created: 0,
      updated: 0,
      deleted: 1,
      removed: 0,
      restored: 0,
    });
  });

  it("keeps production periods unique: 409 for a taken period, 400 for duplicates, swaps allowed", async () => {
    const w = await world();
    const { baseScenarioId } = w.ids;
    const production = rowRoutes.production;
    const list = await callRoute(production.collection.GET, "GET", "/x", {
      params: { scenarioId: baseScenarioId },
      cookie: w.cookie,
    });
    const rows = (list.body as { data: (Row & { period: number })[] }).data;
    const taken = await callRoute(production.collection.POST, "POST", "/x", {
      params: { scenarioId: baseScenarioId },
      body: { ...validBody("production"), period: rows[0]?.period },
      cookie: w.cookie,
    });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: "DUPLICATE_PERIOD" } } });
    const version = await scenarioVersionOf(w.db, baseScenarioId);
    const duplicate = await callRoute(production.collection.PUT, "PUT", "/x", {
      params: { scenarioId: baseScenarioId },
      body: { version, rows: [...rows, { ...validBody("production"), period: rows[1]?.period }] },
      cookie: w.cookie,
    });
    expect(duplicate).toMatchObject({
      status: 400,
      body: { error: { fieldErrors: { [`rows.${rows.length}.period`]: [expect.any(String)] } } },
    });
    const [first, second, ...rest] = rows as [Row & { period: number }, Row & { period: number }];
    const swapped = [{ ...first, period: second.period }, { ...second, period: first.period }, ...rest];
    const swap = await callRoute(production.collection.PUT, "PUT", "/x", {
      params: { scenarioId: baseScenarioId },
      body: { version, rows: swapped },
      cookie: w.cookie,
    });
    expect(swap).toMatchObject({ status: 200, body: { changes: { updated: 2 } } });
    const stored = await w.db
      .select({ period: productionOutputs.period })
      .from(productionOutputs)
      .where(eq(productionOutputs.id, String(first.id)));
    expect(stored).toEqual([{ period: second.period }]);
  });
});

describe("row routes: lists", () => {
  it("filters, sorts and paginates the effective rows", async () => {
    const w = await world();
    const { childScenarioId } = w.ids;
    const all = await listCapex(w, childScenarioId);
    const page = await listCapex(
      w,
      childScenarioId,
      "category=equipment&sort=amount&order=desc&pageSize=2&page=1",
    );
    const equipmentRows = all.data.filter((r) => r.category === "equipment");
    expect(page.total).toBe(equipmentRows.length);
    expect(page.data.map((r) => r.amount)).toEqual(
      equipmentRows
        .map((r) => r.amount as number)
        .sort((a, b) => b - a)
        .slice(0, 2),
    );
    const overridden = await callRoute(
      rowRoutes.production.collection.GET,
      "GET",
      "http://localhost/x?origin=overridden",
      { params: { scenarioId: childScenarioId }, cookie: w.cookie },
    );
    expect((overridden.body as { data: Row[] }).data.every((r) => r.origin === "overridden")).toBe(true);
    expect((overridden.body as { total: number }).total).toBeGreaterThan(0);
  });
});

describe("correlations", () => {
  it("reads the inherited pairs, stores only the child's difference and checks the matrix", async () => {
    const w = await world();
    const { baseScenarioId, childScenarioId } = w.ids;
    const read = await callRoute(getCorrelations, "GET", "/x", {
      params: { scenarioId: childScenarioId },
      cookie: w.cookies.viewer,
    });
    const inherited = (
      read.body as { data: (Row & { parameterALineageId: string; parameterBLineageId: string })[] }
    ).data;
    expect(inherited).toMatchObject([{ coefficient: 0.5, origin: "inherited" }]);
    const [pair] = inherited as [(typeof inherited)[number]];
    const params = (
      await w.db
        .select({ lineageId: processParameters.lineageId })
        .from(processParameters)
        .where(eq(processParameters.scenarioId, baseScenarioId))
    ).map((p) => p.lineageId);
    const third =
      params.find((id) => id !== pair.parameterALineageId && id !== pair.parameterBLineageId) ?? "";
    const pairs = [
      {
        parameterALineageId: pair.parameterBLineageId,
        parameterBLineageId: pair.parameterALineageId,
        coefficient: 0.9,
      },
      { parameterALineageId: pair.parameterALineageId, parameterBLineageId: third, coefficient: 0.9 },
      { parameterALineageId: pair.parameterBLineageId, parameterBLineageId: third, coefficient: -0.9 },
    ];
    const version = await scenarioVersionOf(w.db, childScenarioId);
    const res = await callRoute(putCorrelations, "PUT", "/x", {
      params: { scenarioId: childScenarioId },
      body: { version, pairs },
      cookie: w.cookie,
    });
    expect(res.status).toBe(200);
    expect((res.body as { check: { isPositiveSemiDefinite: boolean } }).check.isPositiveSemiDefinite).toBe(
      false,
    );
    const own = await w.db
      .select()
      .from(parameterCorrelations)
      .where(eq(parameterCorrelations.scenarioId, childScenarioId));
    expect(own).toHaveLength(3);
    const parentStill = await w.db
      .select()
      .from(parameterCorrelations)
      .where(eq(parameterCorrelations.scenarioId, baseScenarioId));
    expect(parentStill.map((row) => row.coefficient)).toEqual([0.5]);
  });

  it("refuses an out-of-range coefficient, a self pair and an unknown parameter with 400, writing nothing", async () => {
    const w = await world();
    const { baseScenarioId } = w.ids;
    const [a = "", b = ""] = (
      await w.db
        .select({ id: processParameters.lineageId })
        .from(processParameters)
        .where(eq(processParameters.scenarioId, baseScenarioId))
    ).map((p) => p.id);
    const version = await scenarioVersionOf(w.db, baseScenarioId);
    const before = await countRows(w.db, w.organisationId);
    const bodies = [
      {
        pairs: [{ parameterALineageId: a, parameterBLineageId: b, coefficient: 1.5 }],
        field: "pairs.0.coefficient",
      },
      {
        pairs: [{ parameterALineageId: a, parameterBLineageId: a, coefficient: 0.2 }],
        field: "pairs.0.parameterBLineageId",
      },
      {
        pairs: [{ parameterALineageId: a, parameterBLineageId: crypto.randomUUID(), coefficient: 0.2 }],
        field: "pairs.0.parameterBLineageId",
      },
    ];
    for (const { pairs, field } of bodies) {
      const res = await callRoute(putCorrelations, "PUT", "/x", {
        params: { scenarioId: baseScenarioId },
        body: { version, pairs },
        cookie: w.cookie,
      });
      expect(res.status).toBe(400);
      expect(
        (res.body as { error: { fieldErrors: Record<string, unknown> } }).error.fieldErrors[field],
      ).toBeDefined();
    }
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });
});

describe("maintenance logs", () => {
  it("lists by date with date and type filters, and creates, reads and changes a log", async () => {
    const w = await world();
    const { id: equipmentId } = await insertRow(w.db, "equipment", w.ids.childScenarioId);
    const dates = ["2025-01-10", "2025-02-10", "2025-03-10"];
    for (const [index, performedOn] of dates.entries()) {
      const body = {
        performedOn,
        type: index === 1 ? "corrective" : "preventive",
        cost: 100 * index,
        currency: "USD",
        downtimeHours: 2,
      };
      expect(
        (
          await callRoute(createMaintenance, "POST", "/x", {
            params: { equipmentId },
            body,
            cookie: w.cookie,
          })
        ).status,
      ).toBe(201);
    }
    const list = (query: string) =>
      callRoute(listMaintenance, "GET", `http://localhost/x?${query}`, {
        params: { equipmentId },
        cookie: w.cookies.analyst,
      });
    const desc = (await list("order=desc")).body as {
      data: { performedOn: string; id: string }[];
      total: number;
    };
    expect(desc.data.map((log) => log.performedOn)).toEqual([...dates].reverse());
    expect(((await list("from=2025-02-01&to=2025-03-31")).body as { total: number }).total).toBe(2);
    expect(((await list("type=corrective")).body as { total: number }).total).toBe(1);
    expect((await list("from=2025-03-01&to=2025-01-01")).status).toBe(400);
    const logId = desc.data[0]?.id ?? "";
    const patched = await callRoute(updateMaintenance, "PATCH", "/x", {
      params: { logId },
      body: { notes: "Bearing replaced" },
      cookie: w.cookie,
    });
    expect(patched).toMatchObject({
      status: 200,
      body: { data: { notes: "Bearing replaced", performedOn: "2025-03-10" } },
    });
    // An empty change was a 500; it is a validation error with a message for the whole row.
    const empty = await callRoute(updateMaintenance, "PATCH", "/x", { params: { logId }, body: {}, cookie: w.cookie });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: "VALIDATION_FAILED", fieldErrors: { _root: [expect.any(String)] } } } });
    expect(
      (await callRoute(getMaintenance, "GET", "/x", { params: { logId }, cookie: w.cookies.viewer })).status,
    ).toBe(200);
  });

  it("refuses to delete or revert equipment that has maintenance logs (they would be lost), keeping every log", async () => {
    const w = await world();
    const [machine] = await w.db
      .select({ id: equipment.id, lineageId: equipment.lineageId })
      .from(equipment)
      .innerJoin(maintenanceLogs, eq(maintenanceLogs.equipmentId, equipment.id))
      .where(eq(equipment.scenarioId, w.ids.baseScenarioId))
      .limit(1);
    if (!machine) throw new Error("the demo fleet has maintenance history");
    const logsOf = async () => (await w.db.select().from(maintenanceLogs).where(eq(maintenanceLogs.equipmentId, machine.id))).length;
    const logsBefore = await logsOf();
    const version = await scenarioVersionOf(w.db, w.ids.baseScenarioId);
    const res = await callRoute(rowRoutes.equipment.item.DELETE, "DELETE", `http://localhost/x?version=${version}`, {
      params: { scenarioId: w.ids.baseScenarioId, itemId: machine.lineageId },
      cookie: w.cookie,
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "EQUIPMENT_HAS_MAINTENANCE" } } });
    expect(await logsOf()).toBe(logsBefore);
    expect(await scenarioVersionOf(w.db, w.ids.baseScenarioId)).toBe(version);
  });

  it("refuses negative cost and downtime or a bad date with 400, writing nothing", async () => {
    const w = await world();
    const { id: equipmentId } = await insertRow(w.db, "equipment", w.ids.childScenarioId);
    const before = await countRows(w.db, w.organisationId);
    for (const body of [
      { performedOn: "2025-01-10", type: "preventive", cost: -1, currency: "USD" },
      { performedOn: "2025-01-10", type: "preventive", downtimeHours: -2, currency: "USD" },
      { performedOn: "2025-13-40", type: "preventive", currency: "USD" },
    ]) {
      expect(
        (
          await callRoute(createMaintenance, "POST", "/x", {
            params: { equipmentId },
            body,
            cookie: w.cookie,
          })
        ).status,
      ).toBe(400);
    }
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("deleting a parameter drops the scenario's correlations that name it", async () => {
    const w = await world();
    const { baseScenarioId } = w.ids;
    const [correlation] = await w.db
      .select()
      .from(parameterCorrelations)
      .where(eq(parameterCorrelations.scenarioId, baseScenarioId));
    const version = await scenarioVersionOf(w.db, baseScenarioId);
    const itemId = correlation?.parameterALineageId ?? "";
    const res = await callRoute(
      rowRoutes.parameters.item.DELETE,
      "DELETE",
      `http://localhost/x?version=${version}`,
      { params: { scenarioId: baseScenarioId, itemId }, cookie: w.cookie },
    );
    expect(res.status).toBe(204);
    expect(
      await w.db
        .select()
        .from(parameterCorrelations)
        .where(eq(parameterCorrelations.scenarioId, baseScenarioId)),
    ).toEqual([]);
    const removals = await w.db
      .select()
      .from(scenarioRowRemovals)
      .where(eq(scenarioRowRemovals.lineageId, itemId));
    expect(removals).toEqual([]);
  });
});
