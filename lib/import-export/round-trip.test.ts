import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, SCENARIO_SETTING_KEYS, scenarioProducts, scenarios } from "@/db/schema";
import { SCENARIO_ROW_ENTITIES } from "@/lib/domain/row-kinds";
import { computeScenarioCashFlow } from "@/lib/scenarios/cashflow";
import { loadEffectiveScenario, type EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { effectiveFields, MINIMAL_ROOT_SETTINGS, TEST_LIMITS } from "@/tests/support/import-fixtures";
import { countWrites, insertProject, insertScenario, seedDemo } from "@/tests/support/scenario-api";
import type { RowValues } from "./columns";
import { commitImport } from "./commit";
import { exportScenarioInputs, exportScenarioRows } from "./export";
import { SETTING_KEYS } from "./kinds/settings";
import { ImportRejectedError, previewImport } from "./preview";
import { kindsWorkbook } from "./templates";

// Issue #14: a scenario leaves as a workbook and comes back whole. The demo's child scenario (it inherits most
// values and overrides some) is exported and imported into an EMPTY root of a new project in ANOTHER
// organisation; the effective scenario must come back field by field, and its cash flow bit for bit.
// Each test parses whole workbooks in worker threads and writes ~500 rows: slower than the 30 s default on a busy
// two-core machine.
const WORKBOOK_TEST = { timeout: 120_000 };

const getDb = useTestDb();
let db: Db;
let source: { organisationId: string; userId: string; demo: Awaited<ReturnType<typeof seedDemo>> };
let target: { organisationId: string; userId: string };

beforeAll(async () => {
  db = await getDb();
  const organisationId = (await createTestOrganisation(db)).id;
  const userId = (await createTestUser(db, { organisationId, role: "analyst" })).id;
  source = { organisationId, userId, demo: await seedDemo(db, organisationId) };
  // A by-product in the demo's base case (the demo has none yet), inherited by the child that is exported, with a
  // head grade schedule for its first two production years and concentrate terms of its own.
  await db.insert(scenarioProducts).values({
    scenarioId: source.demo.baseScenarioId,
    name: "gold",
    role: "by_product",
    gradeUnit: "g_per_t",
    priceUnit: "oz",
    price: 2000,
    headGrade: 0.2,
    headGradeByYear: [0.3, 0.25],
    recoveryPct: 65,
    payablePct: 92,
    refiningChargePerUnit: 5,
    concentrateGradePct: 20,
    treatmentChargePerDmt: 60,
  });
  const other = (await createTestOrganisation(db, "Elsewhere Mining")).id;
  target = { organisationId: other, userId: (await createTestUser(db, { organisationId: other, role: "project_manager" })).id };
});

async function emptyRoot() {
  const project = await insertProject(db, target.organisationId);
  return insertScenario(db, { projectId: project.id, ...MINIMAL_ROOT_SETTINGS });
}

async function effectiveOf(organisationId: string, scenarioId: string): Promise<EffectiveScenario> {
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) throw new Error("scenario not found");
  return effective;
}

/** The workbook the export route answers for the demo's child scenario. */
async function exportChild(): Promise<Uint8Array> {
  const { organisationId, userId, demo } = source;
  const file = await exportScenarioInputs({ organisationId, userId, projectId: demo.projectId, scenarioId: demo.childScenarioId }, { format: "xlsx" });
  if (typeof file.body === "string") throw new Error("a workbook is bytes");
  return file.body;
}

/**
 * Every sheet of a scenario's export. Maintenance logs without their ids (a log's id is its primary key, so it
 * gets a new one where it lands), in a stable order (logs of one day are listed by id).
 */
async function exportedSheets(organisationId: string, scenarioId: string) {
  const { sheets } = await exportScenarioRows({ organisationId, scenarioId });
  const withoutIds = (rows: RowValues[]) => rows.map(({ log_id: _id, ...rest }) => JSON.stringify(rest)).sort();
  return sheets.map(({ kind, rows }) => ({ kind, rows: kind === "maintenance" ? withoutIds(rows) : rows }));
}

const pairs = (effective: EffectiveScenario) =>
  effective.rows.correlations.map(({ row }) => [row.parameterALineageId, row.parameterBLineageId, row.coefficient]);

describe("a scenario that leaves and comes back whole", () => {
  it("reproduces the child scenario in an empty root of another organisation: settings, rows, correlations, cash flow", WORKBOOK_TEST, async () => {
    const bytes = await exportChild();
    const root = await emptyRoot();
    const request = { organisationId: target.organisationId, scenarioId: root.id, upload: { name: "child.xlsx", bytes }, limits: TEST_LIMITS };
    const preview = await previewImport(request);
    expect(preview.problems).toEqual([]);
    expect(preview.kinds.map((kind) => kind.kind)).toEqual(["settings", "price-decks", "parameters", "production", "capex", "opex", "consumption", "equipment", "products", "maintenance", "consumption-actuals", "correlations"]);
    expect(preview.kinds[0]).toMatchObject({ rows: SETTING_KEYS.length, invalidRows: 0, created: 0, removed: 0 });
    expect(preview.kinds.at(-1)).toMatchObject({ rows: 1, created: 1, updated: 0, unchanged: 0, removed: 0 });
    expect(preview.kinds.find((kind) => kind.kind === "products")).toMatchObject({ rows: 1, created: 1 });
    const result = await commitImport({ ...request, userId: target.userId, projectId: root.projectId, expectedVersion: preview.scenarioVersion });
    expect(result.committedVersion).toBe(root.version + 1);

    const before = await effectiveOf(source.organisationId, source.demo.childScenarioId);
    const after = await effectiveOf(target.organisationId, root.id);
    for (const key of SCENARIO_SETTING_KEYS) expect([key, after.settings[key]]).toEqual([key, before.settings[key]]);
    expect(Object.values(after.settingSources).every((source) => source.origin !== "inherited")).toBe(true);
    // Field by field, lineage ids included (the README's promise), ids and timestamps aside.
    const fieldsBefore = await effectiveFields(db, { organisationId: source.organisationId, scenarioId: source.demo.childScenarioId });
    const fieldsAfter = await effectiveFields(db, { organisationId: target.organisationId, scenarioId: root.id });
    for (const entity of SCENARIO_ROW_ENTITIES) expect([entity, fieldsAfter[entity]]).toEqual([entity, fieldsBefore[entity]]);
    expect(pairs(after)).toEqual(pairs(before));
    expect(pairs(after)).toHaveLength(1);
    // Every sheet exports the same again, maintenance logs (by their equipment line's row_id) included.
    expect(await exportedSheets(target.organisationId, root.id)).toEqual(await exportedSheets(source.organisationId, source.demo.childScenarioId));

    const flowBefore = computeScenarioCashFlow(before);
    const flowAfter = computeScenarioCashFlow(after);
    expect(flowAfter.metrics.npv).toBe(flowBefore.metrics.npv);
    expect(flowAfter.metrics.irr).toEqual(flowBefore.metrics.irr);
    if (flowBefore.metrics.irr.kind !== "unique" || flowAfter.metrics.irr.kind !== "unique") throw new Error("the demo child has one IRR");
    expect(flowAfter.metrics.irr.rate).toBe(flowBefore.metrics.irr.rate);
    expect(flowAfter.rows).toHaveLength(flowBefore.rows.length);
    flowBefore.rows.forEach((row, period) => expect(flowAfter.rows[period]?.afterTaxCashFlow, `period ${period}`).toBe(row.afterTaxCashFlow));
  });

  it("records one audit entry with the counts per kind, and the copy's own export imports into it with nothing to change", WORKBOOK_TEST, async () => {
    const root = await emptyRoot();
    const request = { organisationId: target.organisationId, scenarioId: root.id, upload: { name: "child.xlsx", bytes: await exportChild() }, limits: TEST_LIMITS };
    await commitImport({ ...request, userId: target.userId, projectId: root.projectId, expectedVersion: root.version });
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.entityId, root.id), eq(auditLog.action, "import")));
    expect(entries).toHaveLength(1);
    const counts = (entries[0]?.after as { kinds: { kind: string; updated: number; created: number }[] }).kinds;
    expect(counts.find((kind) => kind.kind === "settings")?.updated).toBeGreaterThan(0);
    expect(counts.find((kind) => kind.kind === "correlations")?.created).toBe(1);
    const { sheets } = await exportScenarioRows({ organisationId: target.organisationId, scenarioId: root.id });
    const again = await previewImport({ ...request, upload: { name: "copy.xlsx", bytes: await kindsWorkbook(sheets) } });
    expect(again.kinds.filter((kind) => kind.created + kind.updated + kind.removed > 0)).toEqual([]);
  });

  it("refuses a settings sheet with a bad value with 422, naming sheet, row and column, and writes nothing", WORKBOOK_TEST, async () => {
    const { sheets } = await exportScenarioRows({ organisationId: source.organisationId, scenarioId: source.demo.childScenarioId });
    const bad = sheets.map((sheet) =>
      sheet.kind !== "settings" ? sheet : { ...sheet, rows: sheet.rows.map((row) => (row.setting === "discountRatePct" ? { ...row, value: 150 } : row)) },
    );
    const root = await emptyRoot();
    const writes = await countWrites(db, target.organisationId);
    const request = { organisationId: target.organisationId, scenarioId: root.id, upload: { name: "bad.xlsx", bytes: await kindsWorkbook(bad) }, limits: TEST_LIMITS };
    const refusal = await commitImport({ ...request, userId: target.userId, projectId: root.projectId, expectedVersion: root.version }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportRejectedError);
    const { status, preview } = refusal as ImportRejectedError;
    expect(status).toBe(422);
    const row = SETTING_KEYS.indexOf("discountRatePct") + 2;
    expect(preview.problems).toEqual([expect.objectContaining({ sheet: "settings", row, column: "value", value: "150", code: "rule" })]);
    expect(await countWrites(db, target.organisationId)).toEqual(writes);
    const [stored] = await db.select().from(scenarios).where(eq(scenarios.id, root.id));
    expect([stored?.version, stored?.discountRatePct]).toEqual([root.version, 10]);
  });

  it("refuses a product named like the project's commodity, naming its cell", WORKBOOK_TEST, async () => {
    const { sheets } = await exportScenarioRows({ organisationId: source.organisationId, scenarioId: source.demo.childScenarioId });
    const bad = sheets.map((sheet) => (sheet.kind !== "products" ? sheet : { ...sheet, rows: sheet.rows.map((row) => ({ ...row, name: "Copper" })) }));
    const root = await emptyRoot();
    const request = { organisationId: target.organisationId, scenarioId: root.id, upload: { name: "bad.xlsx", bytes: await kindsWorkbook(bad) }, limits: TEST_LIMITS };
    const preview = await previewImport(request);
    expect(preview.isValid).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ sheet: "products", row: 2, column: "name", value: "Copper", code: "product_is_commodity" })]);
  });

  it("refuses a product on a price deck this organisation does not have, naming its cell", WORKBOOK_TEST, async () => {
    const { sheets } = await exportScenarioRows({ organisationId: source.organisationId, scenarioId: source.demo.childScenarioId });
    const foreignDeck = "00000000-0000-4000-8000-00000000dec0";
    const bad = sheets.map((sheet) => (sheet.kind !== "products" ? sheet : { ...sheet, rows: sheet.rows.map((row) => ({ ...row, price_deck_id: foreignDeck })) }));
    const root = await emptyRoot();
    const request = { organisationId: target.organisationId, scenarioId: root.id, upload: { name: "deck.xlsx", bytes: await kindsWorkbook(bad) }, limits: TEST_LIMITS };
    const preview = await previewImport(request);
    expect(preview.isValid).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ sheet: "products", row: 2, column: "price_deck_id", value: foreignDeck, code: "unknown_price_deck" })]);
  });
});
