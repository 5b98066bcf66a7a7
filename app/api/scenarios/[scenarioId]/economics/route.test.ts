import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog } from "@/db/schema";
import * as cashFlowRoute from "@/app/api/scenarios/[scenarioId]/cashflow/route";
import type { ScenarioEconomics } from "@/lib/scenarios";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { readCsvTable, readWorkbookTables } from "@/tests/support/export-files";
import { CALLERS, createApiWorld, expectedStatuses, insertProject, insertScenario, seedDemo, type ApiWorld, type Caller } from "@/tests/support/scenario-api";
import * as exportRoute from "./export/route";
import * as economicsRoute from "./route";

// GET /api/scenarios/{id}/economics and its export: the figures agree with the cash-flow route, and the files hold
// exactly the figures the JSON answers (read back with csv-parse and exceljs).

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
});

const getEconomics = (scenarioId: string, caller: Caller = "viewer") =>
  callRoute(economicsRoute.GET, "GET", "/x", { cookie: world.cookies[caller], params: { scenarioId } });

async function requestFile(scenarioId: string, query: string, caller: Caller = "viewer"): Promise<Response> {
  const cookie = world.cookies[caller];
  const request = new Request(`http://localhost:3000/api/scenarios/${scenarioId}/economics/export${query}`, { headers: new Headers(cookie ? { cookie } : {}) });
  return exportRoute.GET(request, { params: Promise.resolve({ scenarioId }) });
}

async function economicsOf(scenarioId: string): Promise<ScenarioEconomics> {
  const res = await getEconomics(scenarioId);
  expect(res.status).toBe(200);
  return (res.body as { economics: ScenarioEconomics }).economics;
}

describe("access", () => {
  it.each(CALLERS)("GET /api/scenarios/{id}/economics as %s", async (caller) => {
    expect((await getEconomics(demo.childScenarioId, caller)).status).toBe(expectedStatuses("viewer", 200)[caller]);
  });
  it.each(CALLERS)("GET /api/scenarios/{id}/economics/export as %s", async (caller) => {
    expect((await requestFile(demo.baseScenarioId, "?format=csv", caller)).status).toBe(expectedStatuses("viewer", 200)[caller]);
  });
});

describe("the economics of the demo base case", () => {
  it("states the after-tax NPV at the scenario rate exactly as the cash-flow route does", async () => {
    const economics = await economicsOf(demo.baseScenarioId);
    const cashFlow = (await callRoute(cashFlowRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { scenarioId: demo.baseScenarioId } })).body as { cashFlow: { metrics: { npv: number; discountRatePct: number } } };
    const { summary, sensitivities } = economics;
    expect(summary.npvAtRates.map((r) => r.ratePct)).toEqual([0, 5, 8, 10]);
    const atScenarioRate = summary.npvAtRates.find((r) => r.ratePct === cashFlow.cashFlow.metrics.discountRatePct);
    expect(atScenarioRate?.afterTaxNpv).toBe(cashFlow.cashFlow.metrics.npv);
    expect(sensitivities.base.npv).toBe(cashFlow.cashFlow.metrics.npv);
    expect(sensitivities.lines.map((l) => l.driver)).toEqual(["price", "head_grade", "recovery", "operating_cost", "capital_cost", "fx_rate"]);
    expect(sensitivities.lines[0]?.points.map((p) => p.changePct)).toEqual([-30, -20, -10, 0, 10, 20, 30]);
    expect(economics.annualCashFlow.at(-1)?.cumulativeCashFlow).toBeCloseTo(summary.lifeOfMine.afterTaxCashFlow, 4);
  });

  it("writes the same figures into the workbook, a sheet per table, and audits the export", async () => {
    const economics = await economicsOf(demo.baseScenarioId);
    const res = await requestFile(demo.baseScenarioId, "?format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/economics-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const { names, tables } = await readWorkbookTables(await res.arrayBuffer());
    expect(names).toEqual(["Economic summary", "Annual cash flow", "Sensitivities"]);
    const summary = tables.get("Economic summary")?.records ?? [];
    const valueOf = (item: string) => summary.find((r) => r.Item === item)?.Value;
    const at10 = economics.summary.npvAtRates.find((r) => r.ratePct === 10);
    expect(valueOf("NPV at 10 %, after tax")).toBe(at10?.afterTaxNpv);
    expect(valueOf("NPV at 10 %, pre-tax")).toBe(at10?.preTaxNpv);
    expect(valueOf("IRR, after tax")).toBe(economics.summary.afterTaxIrrPct);
    expect(tables.get("Annual cash flow")?.records.length).toBe(economics.annualCashFlow.length);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.organisationId, world.organisationId), eq(auditLog.entityId, demo.baseScenarioId), eq(auditLog.action, "export")));
    expect(audits.some((a) => (a.after as { fileName?: string } | null)?.fileName?.endsWith(".xlsx"))).toBe(true);
  });

  it("exports one table as CSV: the annual cash flow and the sensitivities with the break-evens", async () => {
    const economics = await economicsOf(demo.baseScenarioId);
    const currency = economics.summary.currency;
    const annual = readCsvTable(await (await requestFile(demo.baseScenarioId, "?format=csv&part=annual")).text());
    expect(annual.records.map((r) => r[`After-tax cash flow (${currency})`])).toEqual(economics.annualCashFlow.map((r) => r.afterTaxCashFlow));
    const sensitivity = readCsvTable(await (await requestFile(demo.baseScenarioId, "?format=csv&part=sensitivity")).text());
    const priceRows = sensitivity.records.filter((r) => r.Driver === "Price" && r.Note !== null && String(r.Note).includes("break-even"));
    expect(priceRows).toHaveLength(1);
    expect(sensitivity.records.filter((r) => r.Driver === "Recovery" && r["Change (%)"] !== null).length).toBeGreaterThanOrEqual(7);
  });

  it("refuses an unknown format or part with 400", async () => {
    expect((await requestFile(demo.baseScenarioId, "?format=pdf")).status).toBe(400);
    expect((await requestFile(demo.baseScenarioId, "?format=csv&part=everything")).status).toBe(400);
  });
});

describe("a scenario that cannot be modelled yet", () => {
  it("answers 422 SCENARIO_INPUTS_INVALID, for the figures and the export", async () => {
    const project = await insertProject(db, world.organisationId);
    const empty = await insertScenario(db, { projectId: project.id });
    const res = await getEconomics(empty.id);
    expect(res.status).toBe(422);
    expect((res.body as { error: { code: string } }).error.code).toBe("SCENARIO_INPUTS_INVALID");
    expect((await requestFile(empty.id, "?format=xlsx")).status).toBe(422);
  });
});
