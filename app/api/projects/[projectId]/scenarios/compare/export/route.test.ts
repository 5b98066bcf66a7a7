import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { buildCompareSections } from "@/app/ui/scenarios/compare-rows";
import type { ScenarioComparison } from "@/lib/scenarios";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { readBothFormats, requestFile, type TableRecord } from "@/tests/support/export-files";
import { CALLERS, createApiWorld, expectedStatuses, insertProject, insertScenario, seedDemo, type ApiWorld, type Caller } from "@/tests/support/scenario-api";
import * as compareRoute from "../route";
import * as exportRoute from "./route";

// GET /api/projects/{projectId}/scenarios/compare/export: both files are read back (csv-parse, exceljs) and each
// figure compared with what POST …/scenarios/compare answers for the same ids.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
});

const exportUrl = (ids: string[], format: string) => `/x?scenarioIds=${ids.join(",")}&format=${format}`;
const requestExport = (ids: string[], format: string, caller: Caller = "viewer", projectId = demo.projectId) =>
  requestFile(exportRoute.GET, exportUrl(ids, format), { cookie: world.cookies[caller], params: { projectId } });

async function compareJson(ids: string[]): Promise<ScenarioComparison> {
  const res = await callRoute(compareRoute.POST, "POST", "/x", { cookie: world.cookies.viewer, params: { projectId: demo.projectId }, body: { scenarioIds: ids } });
  expect(res.status).toBe(200);
  return (res.body as { comparison: ScenarioComparison }).comparison;
}

const rowOf = (records: TableRecord[], item: string) => {
  const row = records.find((r) => r.Item === item);
  if (!row) throw new Error(`no row "${item}"`);
  return row;
};

function expectFigures(records: TableRecord[], comparison: ScenarioComparison): void {
  comparison.scenarios.forEach(({ scenario, metrics, keyInputs, settings }) => {
    const value = (item: string) => rowOf(records, item)[scenario.name];
    const irr = metrics?.irr.kind === "unique" ? metrics.irr.rate * 100 : null;
    expect(value("NPV")).toBe(metrics?.npv);
    expect(value("IRR")).toBe(irr);
    expect(value("Payback")).toBe(metrics?.payback.reached ? metrics.payback.years : null);
    expect(value("Initial capex")).toBe(metrics?.initialCapex);
    expect(value("Total capex")).toBe(metrics?.totalCapex);
    expect(value("Metal price")).toBe(keyInputs.metalPrice);
    expect(value("Capex items incl. contingency")).toBe(keyInputs.capexTotal);
    expect(value("Operating cost over the life")).toBe(keyInputs.opexTotal);
    expect(value("Ore processed over the life")).toBe(keyInputs.oreProcessedTotalT);
    expect(value("Payable metal over the life")).toBe(keyInputs.payableMetalTotalUnits);
    expect(value("Discount rate")).toBe(settings.discountRatePct);
    expect(value("Start year")).toBe(settings.startYear);
    expect(value("Production life")).toBe(settings.lifeYears);
  });
  expect(rowOf(records, "NPV")).toMatchObject({ Section: "Metrics", Unit: comparison.currency });
  expect(rowOf(records, "Ore processed over the life")).toMatchObject({ Section: "Key inputs", Unit: "t" });
}

describe("scenario comparison export", () => {
  it("the CSV and the workbook hold the compare route's figures, a column per scenario in the order asked", async () => {
    const ids = [demo.childScenarioId, demo.baseScenarioId];
    const comparison = await compareJson(ids);
    const { csv, xlsx, sheetNames } = await readBothFormats((format) => requestExport(ids, format));
    expect(sheetNames).toEqual(["Scenario comparison"]);
    expect(csv.header).toEqual(["Section", "Item", "Unit", ...comparison.scenarios.map((s) => s.scenario.name)]);
    expect(xlsx.header).toEqual(csv.header);
    expect(xlsx.records).toEqual(csv.records);
    expectFigures(csv.records, comparison);
    expectFigures(xlsx.records, comparison);
  });

  it("has a row for every row the compare page shows (a combined page row split into its parts)", async () => {
    const ids = [demo.baseScenarioId, demo.childScenarioId];
    const { csv } = await readBothFormats((format) => requestExport(ids, format));
    const items = csv.records.map((r) => r.Item);
    const SPLIT: Record<string, string[]> = { "Receivables / payables": ["Receivables", "Payables"] };
    for (const row of buildCompareSections(await compareJson(ids)).flatMap((s) => s.rows)) {
      const label = row.label.replace(/ \([^)]*\)$/, "");
      expect(items).toEqual(expect.arrayContaining(SPLIT[label] ?? [label]));
    }
  });

  it("names the file after the project, with the format's type", async () => {
    const res = await requestExport([demo.baseScenarioId, demo.childScenarioId], "csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Quebrada-Azul-[\w-]+-scenario-comparison-\d{4}-\d{2}-\d{2}\.csv"$/);
    await res.text();
  });
});

describe("scenario comparison export: who and what", () => {
  it.each(CALLERS)("as %s", async (caller) => {
    const res = await requestExport([demo.baseScenarioId, demo.childScenarioId], "csv", caller);
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
    await res.text();
  });

  it("answers another organisation's project or scenario exactly as a missing one (404)", async () => {
    const foreignProject = await insertProject(db, world.otherOrganisationId);
    const foreign = await insertScenario(db, { projectId: foreignProject.id });
    const theirs = await requestExport([demo.baseScenarioId, foreign.id], "xlsx");
    const missing = await requestExport([demo.baseScenarioId, crypto.randomUUID()], "xlsx");
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toEqual(await missing.json());
    const project = await requestExport([demo.baseScenarioId, demo.childScenarioId], "csv", "viewer", foreignProject.id);
    expect(project.status).toBe(404);
    expect(((await project.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("answers 400 with field errors for one id or an unknown format, and 422 as the compare route for a refused pair", async () => {
    const one = await requestExport([demo.baseScenarioId], "pdf");
    expect(one.status).toBe(400);
    expect(Object.keys(((await one.json()) as { error: { fieldErrors: object } }).error.fieldErrors)).toEqual(expect.arrayContaining(["scenarioIds", "format"]));
    const other = await insertScenario(db, { projectId: (await insertProject(db, world.organisationId)).id, name: "Stranger" });
    const refused = await requestExport([demo.baseScenarioId, other.id], "csv");
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("SCENARIO_PROJECT_MISMATCH");
  });
});
