import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { seedDemoProject } from "@/db/seed-demo-project";
import type { OperationsDashboard, OrganisationOverview, ProjectDashboard } from "@/lib/http/contracts/dashboards";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { insertSimulationRun } from "@/tests/support/dashboard-fixtures";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { readCsvTable, readWorkbookTables, requestFile, type TableRecord } from "@/tests/support/export-files";
import * as operationsExport from "./operations/export/route";
import * as operationsRoute from "./operations/route";
import * as overviewExport from "./overview/export/route";
import * as overviewRoute from "./overview/route";
import * as projectExport from "./projects/[projectId]/export/route";
import * as projectRoute from "./projects/[projectId]/route";

// GET /api/dashboards/{overview,projects/{id},operations}/export: every table of each file is read back (csv-parse,
// exceljs), the workbook's sheet equal to the CSV of its part, and compared with the dashboard's JSON.

const getDb = useTestDb();
let db: Db;
let demo: Awaited<ReturnType<typeof seedDemoProject>>;
let cookie: string;
let outsiderCookie: string;

beforeAll(async () => {
  db = await getDb();
  const org = await createTestOrganisation(db);
  demo = await seedDemoProject(db, org.id);
  await insertSimulationRun(db, { organisationId: org.id, scenarioId: demo.baseScenarioId, meanNpv: 250e6 });
  await insertSimulationRun(db, { organisationId: org.id, scenarioId: demo.childScenarioId, meanNpv: -5e6 });
  cookie = await sessionCookieFor((await createTestUser(db, { organisationId: org.id, role: "viewer" })).id);
  const other = await createTestOrganisation(db);
  outsiderCookie = await sessionCookieFor((await createTestUser(db, { organisationId: other.id, role: "admin" })).id);
});

type Handler = Parameters<typeof requestFile>[0];
type Target = { handler: Handler; url: string; params?: Record<string, string> };

/** Each part's CSV records, after checking the workbook holds the same records in the named sheet. */
async function readTables(target: Target, sheets: Record<string, string>): Promise<Record<string, TableRecord[]>> {
  const join = target.url.includes("?") ? "&" : "?";
  const workbook = await requestFile(target.handler, `${target.url}${join}format=xlsx`, { cookie, params: target.params });
  expect(workbook.status).toBe(200);
  expect(workbook.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.xlsx"$/);
  const { names, tables } = await readWorkbookTables(await workbook.arrayBuffer());
  expect(names).toEqual(Object.values(sheets));
  const byPart: Record<string, TableRecord[]> = {};
  for (const [part, sheet] of Object.entries(sheets)) {
    const res = await requestFile(target.handler, `${target.url}${join}format=csv&part=${part}`, { cookie, params: target.params });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`-${part}-`);
    const csv = readCsvTable(await res.text());
    expect(tables.get(sheet)?.header).toEqual(csv.header);
    expect(tables.get(sheet)?.records).toEqual(csv.records);
    byPart[part] = csv.records;
  }
  return byPart;
}

async function json<T>(handler: Parameters<typeof callRoute>[0], url: string, params?: Record<string, string>): Promise<T> {
  const res = await callRoute(handler, "GET", url, { cookie, params });
  expect(res.status).toBe(200);
  return res.body as T;
}

const pct = (share: number | null) => (share === null ? null : share * 100);

describe("overview export", () => {
  it("holds the overview's base-case NPV per project, its counts and its activity", async () => {
    const overview = await json<OrganisationOverview>(overviewRoute.GET, "/api/dashboards/overview");
    const tables = await readTables({ handler: overviewExport.GET, url: "/api/dashboards/overview/export" }, { projects: "Base-case NPV by project", counts: "Counts", activity: "Recent activity" });
    const [project] = overview.projects;
    expect(tables.projects).toHaveLength(overview.projects.length);
    expect(tables.projects?.[0]).toMatchObject({
      Project: project?.name, Currency: project?.currency, "Base case": project?.baseCase?.name, Iterations: project?.npv?.iterations,
      "NPV mean (in Currency)": project?.npv?.mean, "NPV P50 (in Currency)": project?.npv?.percentiles.p50, "NPV P95 (in Currency)": project?.npv?.percentiles.p95,
      "Probability of loss (%)": pct(project?.npv?.probabilityOfLoss ?? null), "Run finished at (UTC)": project?.npv?.finishedAt,
    });
    expect(tables.counts).toContainEqual({ Item: "Projects", Count: overview.counts.projects });
    expect(tables.counts).toContainEqual({ Item: "Simulation runs succeeded", Count: overview.counts.runsSucceeded });
    expect(tables.activity?.map((r) => r["At (UTC)"])).toEqual(overview.recentActivity.map((a) => a.at));
  });
});

describe("project dashboard export", () => {
  it("holds each scenario's NPV distribution and the base case's figures, cash flow, opex and capex", async () => {
    const params = { projectId: demo.projectId };
    const dashboard = await json<ProjectDashboard>(projectRoute.GET, "/x", params);
    const baseCase = dashboard.baseCase;
    if (!baseCase?.metrics) throw new Error("the demo base case has figures");
    const c = baseCase.currency;
    const sheets = { scenarios: "NPV by scenario", "base-case": "Base case", "cash-flow": "Base-case cash flow", opex: "Base-case opex", capex: "Base-case capex" };
    const tables = await readTables({ handler: projectExport.GET, url: "/x", params }, sheets);
    for (const list of [baseCase.cashFlow, baseCase.opexByPeriod, baseCase.capexByCategory]) expect(list.length).toBeGreaterThan(0);
    for (const s of dashboard.scenarios) {
      expect(tables.scenarios?.find((r) => r.Scenario === s.name)).toMatchObject({ "Base case": s.isBaseCase ? "Yes" : "No", "NPV mean (in Currency)": s.npv?.mean ?? null, "NPV P10 (in Currency)": s.npv?.percentiles.p10 ?? null });
    }
    expect(tables["base-case"]).toContainEqual({ Item: "NPV", Value: baseCase.metrics.npv, Unit: c });
    expect(tables["cash-flow"]).toEqual(baseCase.cashFlow.map((r) => ({
      Period: r.period, Year: r.year, [`Net smelter return (${c})`]: r.netSmelterReturn, [`Royalties (${c})`]: r.royalties, [`Operating cost (${c})`]: r.operatingCost,
      [`Capital less salvage (${c})`]: r.capex, [`Income tax (${c})`]: r.incomeTax, [`After-tax cash flow (${c})`]: r.afterTaxCashFlow, [`Cumulative after-tax cash flow (${c})`]: r.cumulativeCashFlow,
    })));
    expect(tables.opex?.map((r) => [r.Period, r[`Total operating cost (${c})`], r[`Consumption (${c})`]])).toEqual(baseCase.opexByPeriod.map((p) => [p.period, p.total, p.consumption]));
    expect(tables.capex?.map((r) => [r[`Capital cost (${c})`], r["Share (%)"]])).toEqual(baseCase.capexByCategory.map((r) => [r.total, r.sharePct]));
  });

  it("answers another organisation's project exactly as a missing one (404)", async () => {
    const theirs = await requestFile(projectExport.GET, "/x?format=csv", { cookie: outsiderCookie, params: { projectId: demo.projectId } });
    const missing = await requestFile(projectExport.GET, "/x?format=csv", { cookie: outsiderCookie, params: { projectId: crypto.randomUUID() } });
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toEqual(await missing.json());
    expect((await requestFile(projectExport.GET, "/x?format=csv", { cookie: undefined, params: { projectId: demo.projectId } })).status).toBe(401);
  });
});

describe("operations dashboard export", () => {
  it("holds the scenario's production, consumption, equipment and maintenance for the same filters", async () => {
    const query = `scenarioId=${demo.childScenarioId}&from=2024-01-01&to=2031-12-31`;
    const dashboard = await json<OperationsDashboard>(operationsRoute.GET, `/api/dashboards/operations?${query}`);
    const sheets = { production: "Production", consumption: "Consumption", equipment: "Equipment", maintenance: "Maintenance by month", fleet: "Fleet by month" };
    const tables = await readTables({ handler: operationsExport.GET, url: `/api/dashboards/operations/export?${query}` }, sheets);
    const c = dashboard.currency ?? "";
    for (const list of [dashboard.production, dashboard.consumption, dashboard.equipment, dashboard.fleetByMonth]) expect(list.length).toBeGreaterThan(0);
    expect(tables.production).toEqual(dashboard.production.map((p) => ({
      Period: p.period, Year: p.year, "Ore mined (t)": p.oreMinedT, "Waste mined (t)": p.wasteMinedT, "Ore processed (t)": p.oreProcessedT, [`Head grade (${dashboard.gradeUnit ?? ""})`]: p.headGrade, "Recovery (%)": p.recoveryPct,
    })));
    expect(tables.consumption?.map((r) => [r.Year, r["Quantity (in Unit)"], r[`Cost (${c})`]])).toEqual(dashboard.consumption.map((r) => [r.year, r.quantity, r.cost]));
    expect(tables.equipment?.map((r) => [r.Equipment, r[`Maintenance cost (${c})`], r["Downtime (h)"], r["Availability (%)"]])).toEqual(dashboard.equipment.map((e) => [e.name, e.cost, e.downtimeHours, e.availabilityPct]));
    expect(dashboard.maintenanceByMonth.length).toBeGreaterThan(0);
    expect(tables.maintenance?.map((r) => [r.Month, r["Maintenance cost (in Currency)"], r["Scheduled hours (h)"]])).toEqual(dashboard.maintenanceByMonth.map((m) => [m.month, m.cost, m.scheduledHours]));
    expect(tables.fleet?.map((r) => [r.Month, r[`Maintenance cost (${c})`], r["Availability (%)"]])).toEqual(dashboard.fleetByMonth.map((m) => [m.month, m.cost, m.availabilityPct]));
  });

  it("answers another organisation's scenario with 404, and a bad part or range with 400", async () => {
    const theirs = await requestFile(operationsExport.GET, `/x?scenarioId=${demo.baseScenarioId}&format=csv`, { cookie: outsiderCookie });
    expect(theirs.status).toBe(404);
    expect(((await theirs.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    expect((await requestFile(operationsExport.GET, "/x?format=csv&part=everything", { cookie })).status).toBe(400);
    expect((await requestFile(operationsExport.GET, "/x?from=2025-02-01&to=2025-01-01", { cookie })).status).toBe(400);
  });
});
