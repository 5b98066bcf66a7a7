import { count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { consumptionActuals, consumptionItems, projects, scenarios } from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { csvUpload, MINIMAL_ROOT_SETTINGS, TEST_LIMITS } from "@/tests/support/import-fixtures";
import { insertProject, insertScenario, seedDemo } from "@/tests/support/scenario-api";
import type { ImportKind, RowValues } from "./columns";
import { commitImport } from "./commit";
import { exportScenarioRows } from "./export";
import { ImportRejectedError, previewImport } from "./preview";
import { kindsWorkbook, rowsCsv, type KindRows } from "./templates";

// Issue #14: consumption actuals leave with their scenario and come back whole. They name their item by NAME; the
// demo's child scenario inherits the base case's items, with 24 monthly actuals each for lime and diesel.
const WORKBOOK_TEST = { timeout: 120_000 };
const ACTUALS: ImportKind = "consumption-actuals";

const getDb = useTestDb();
let db: Db;
let source: { organisationId: string; demo: Awaited<ReturnType<typeof seedDemo>> };
let target: { organisationId: string; userId: string };

beforeAll(async () => {
  db = await getDb();
  const organisationId = (await createTestOrganisation(db)).id;
  source = { organisationId, demo: await seedDemo(db, organisationId) };
  const other = (await createTestOrganisation(db, "Elsewhere Mining")).id;
  target = { organisationId: other, userId: (await createTestUser(db, { organisationId: other, role: "project_manager" })).id };
});

async function sheetsOf(organisationId: string, scenarioId: string, kinds: ImportKind[]): Promise<KindRows[]> {
  return (await exportScenarioRows({ organisationId, scenarioId, kinds })).sheets;
}

const rowsOf = (sheets: KindRows[], kind: ImportKind): RowValues[] => sheets.find((sheet) => sheet.kind === kind)?.rows ?? [];

/** The actuals stored under an organisation's consumption items. */
async function countActuals(organisationId: string): Promise<number> {
  const projectIds = db.select({ id: projects.id }).from(projects).where(eq(projects.organisationId, organisationId));
  const scenarioIds = db.select({ id: scenarios.id }).from(scenarios).where(inArray(scenarios.projectId, projectIds));
  const itemIds = db.select({ id: consumptionItems.id }).from(consumptionItems).where(inArray(consumptionItems.scenarioId, scenarioIds));
  const [row] = await db.select({ n: count() }).from(consumptionActuals).where(inArray(consumptionActuals.consumptionItemId, itemIds));
  return row?.n ?? 0;
}

type Upload = { name: string; bytes: Uint8Array };
const request = (organisationId: string, scenarioId: string, upload: Upload, kind?: ImportKind) => ({ organisationId, scenarioId, upload, kind, limits: TEST_LIMITS });
const actualsCsv = (rows: RowValues[]): Upload => csvUpload("actuals.csv", `\uFEFF${rowsCsv({ kind: ACTUALS, rows })}`);

/** An empty root of a new project in the other organisation with the child's items and their actuals imported. */
async function copyOfChild() {
  const project = await insertProject(db, target.organisationId);
  const root = await insertScenario(db, { projectId: project.id, ...MINIMAL_ROOT_SETTINGS });
  const bytes = await kindsWorkbook(await sheetsOf(source.organisationId, source.demo.childScenarioId, ["consumption", ACTUALS]));
  const scope = request(target.organisationId, root.id, { name: "child.xlsx", bytes });
  const result = await commitImport({ ...scope, userId: target.userId, projectId: project.id, expectedVersion: root.version });
  return { root, projectId: project.id, bytes, version: result.committedVersion };
}

describe("consumption actuals in the scenario round trip", () => {
  it("carry their item's name, land on the copy's items in another organisation and export again identically", WORKBOOK_TEST, async () => {
    const exported = rowsOf(await sheetsOf(source.organisationId, source.demo.childScenarioId, [ACTUALS]), ACTUALS);
    expect(exported).toHaveLength(48);
    expect(new Set(exported.map((row) => row.item_name))).toEqual(new Set(["Diesel (mining fleet)", "Lime"]));
    expect(Object.keys(exported[0] ?? {}).sort()).toEqual(["currency", "item_name", "item_unit", "notes", "period_start", "quantity", "unit_cost_ccy"]);

    const before = await countActuals(target.organisationId);
    const { root, bytes } = await copyOfChild();
    expect(await countActuals(target.organisationId)).toBe(before + 48);
    expect(rowsOf(await sheetsOf(target.organisationId, root.id, [ACTUALS]), ACTUALS)).toEqual(exported);

    const again = await previewImport(request(target.organisationId, root.id, { name: "again.xlsx", bytes }));
    expect(again.problems).toEqual([]);
    expect(again.kinds.find((kind) => kind.kind === ACTUALS)).toMatchObject({ rows: 48, created: 0, updated: 0, unchanged: 48, removed: 0 });
  });

  it("refuses an actual naming an item neither the file nor the scenario has, and a row that breaks a rule; writes nothing", WORKBOOK_TEST, async () => {
    const project = await insertProject(db, target.organisationId);
    const root = await insertScenario(db, { projectId: project.id, ...MINIMAL_ROOT_SETTINGS });
    const sheets = await sheetsOf(source.organisationId, source.demo.childScenarioId, ["consumption", ACTUALS]);
    const lime = rowsOf(sheets, ACTUALS).filter((row) => row.item_name === "Lime");
    const bad = [...lime.slice(0, 2), { ...lime[0], item_name: "Unobtainium" }, { ...lime[1], quantity: -5, period_start: "2024-13-01" }] as RowValues[];
    const file = sheets.map((sheet) => (sheet.kind === ACTUALS ? { kind: ACTUALS, rows: bad } : sheet));
    const before = await countActuals(target.organisationId);
    const scope = request(target.organisationId, root.id, { name: "bad.xlsx", bytes: await kindsWorkbook(file) });
    const refusal = await commitImport({ ...scope, userId: target.userId, projectId: project.id, expectedVersion: root.version }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportRejectedError);
    const { status, preview } = refusal as ImportRejectedError;
    expect(status).toBe(422);
    expect(preview.problems.map(({ sheet, row, column, code }) => [sheet, row, column, code])).toEqual([
      [ACTUALS, 5, "period_start", "date"],
      [ACTUALS, 5, "quantity", "rule"],
      [ACTUALS, 4, "item_name", "unknown_item"],
    ]);
    expect(await countActuals(target.organisationId)).toBe(before);
    const [stored] = await db.select({ n: count() }).from(consumptionItems).where(eq(consumptionItems.scenarioId, root.id));
    expect(stored?.n).toBe(0);
  });

  it("keeps an item's actuals when an import changes the item, and removes the actuals a sheet leaves out", WORKBOOK_TEST, async () => {
    const { root, projectId, version } = await copyOfChild();
    const items = rowsOf(await sheetsOf(target.organisationId, root.id, ["consumption"]), "consumption");
    const dearer = items.map((row) => (row.name === "Lime" ? { ...row, unit_price_ccy: Number(row.unit_price_ccy) * 2 } : row));
    const itemsCsv = csvUpload("items.csv", `\uFEFF${rowsCsv({ kind: "consumption", rows: dearer })}`);
    const changed = await commitImport({ ...request(target.organisationId, root.id, itemsCsv, "consumption"), userId: target.userId, projectId, expectedVersion: version });
    expect(changed.kinds).toEqual([expect.objectContaining({ kind: "consumption", updated: 1 })]);
    const actuals = rowsOf(await sheetsOf(target.organisationId, root.id, [ACTUALS]), ACTUALS);
    expect(actuals).toHaveLength(48);

    const dieselOnly = actualsCsv(actuals.filter((row) => row.item_name !== "Lime"));
    const scope = request(target.organisationId, root.id, dieselOnly, ACTUALS);
    const result = await commitImport({ ...scope, userId: target.userId, projectId, expectedVersion: changed.committedVersion });
    expect(result.kinds).toEqual([expect.objectContaining({ kind: ACTUALS, rows: 24, unchanged: 24, created: 0, removed: 24 })]);
    expect(rowsOf(await sheetsOf(target.organisationId, root.id, [ACTUALS]), ACTUALS).map((row) => row.item_name)).toEqual(Array(24).fill("Diesel (mining fleet)"));
  });

  it("in a child, takes the parent's actuals of an inherited item as they are and refuses a change to them", WORKBOOK_TEST, async () => {
    const { organisationId, demo } = source;
    const actuals = rowsOf(await sheetsOf(organisationId, demo.childScenarioId, [ACTUALS]), ACTUALS);
    const same = await previewImport(request(organisationId, demo.childScenarioId, actualsCsv(actuals), ACTUALS));
    expect(same.problems).toEqual([]);
    expect(same.kinds).toEqual([expect.objectContaining({ unchanged: 48, created: 0, removed: 0 })]);

    const extra = { ...actuals[0], quantity: 1, notes: "one more delivery" } as RowValues;
    const changed = await previewImport(request(organisationId, demo.childScenarioId, actualsCsv([...actuals, extra]), ACTUALS));
    expect(changed.problems).toEqual([expect.objectContaining({ row: 50, column: "item_name", code: "inherited_item" })]);
    // Leaving the parent's actuals out removes none of them: they are the parent's.
    const fewer = await previewImport(request(organisationId, demo.childScenarioId, actualsCsv(actuals.slice(1)), ACTUALS));
    expect(fewer.kinds).toEqual([expect.objectContaining({ unchanged: 47, removed: 0 })]);
  });
});
