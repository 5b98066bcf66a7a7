import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { parameterCorrelations, SCENARIO_SETTING_KEYS, scenarios } from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { insertProject, insertScenario, seedDemo } from "@/tests/support/scenario-api";
import { csvUpload, TEST_LIMITS } from "@/tests/support/import-fixtures";
import { insertPriceDeck } from "@/tests/support/price-decks";
import type { ImportKind } from "./columns";
import { commitImport } from "./commit";
import { exportScenarioInputs, exportScenarioRows } from "./export";
import { previewImport } from "./preview";
import { readUpload } from "./read-upload";
import { kindsWorkbook } from "./templates";

const getDb = useTestDb();
let db: Db;
let organisationId: string;
let userId: string;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  organisationId = (await createTestOrganisation(db)).id;
  userId = (await createTestUser(db, { organisationId, role: "project_manager" })).id;
  demo = await seedDemo(db, organisationId);
});

describe("the settings and correlations sheets of an export", () => {
  it("carry a child's EFFECTIVE settings (inherited and overridden) with their units, every setting once", async () => {
    const { sheets } = await exportScenarioRows({ organisationId, scenarioId: demo.childScenarioId, kinds: ["settings"] });
    const rows = sheets[0]?.rows ?? [];
    expect(rows.map((row) => row.setting)).toEqual([...SCENARIO_SETTING_KEYS]);
    const byKey = new Map(rows.map((row) => [row.setting, row]));
    // The child overrides the price and inherits the rest from the base case.
    expect(byKey.get("metalPrice")).toEqual({ setting: "metalPrice", value: 4.75, unit: "USD/lb" });
    expect(byKey.get("discountRatePct")).toEqual({ setting: "discountRatePct", value: 8, unit: "%/year" });
    expect(byKey.get("taxLossCarryForward")).toMatchObject({ value: "true" });
    expect(byKey.get("discounting")).toMatchObject({ value: "end_of_period", unit: "one of end_of_period, mid_period" });
    // Not set anywhere along the ancestry: an empty value.
    expect(byKey.get("valuationDate")).toMatchObject({ value: null });
  });

  it("carry the effective correlations by parameter row_id, with the parameters' names", async () => {
    const { effective, sheets } = await exportScenarioRows({ organisationId, scenarioId: demo.childScenarioId, kinds: ["correlations"] });
    const idOf = new Map(effective.rows.parameter.map(({ row }) => [row.name, row.lineageId]));
    const [pair] = effective.rows.correlations;
    expect(sheets[0]?.rows).toEqual([
      {
        parameter_a_row_id: pair?.row.parameterALineageId,
        parameter_b_row_id: pair?.row.parameterBLineageId,
        parameter_a_name: expect.any(String),
        parameter_b_name: expect.any(String),
        coefficient: 0.5,
      },
    ]);
    const names = [sheets[0]?.rows[0]?.parameter_a_name, sheets[0]?.rows[0]?.parameter_b_name].sort();
    expect(names).toEqual(["Capex factor", "Opex factor"]);
    expect(idOf.get("Opex factor")).toBeDefined();
  });

  it("export as CSV (kind=settings, kind=correlations) that reads back without problems", async () => {
    for (const kind of ["settings", "correlations"] as const) {
      const actor = { organisationId, userId, projectId: demo.projectId, scenarioId: demo.childScenarioId };
      const file = await exportScenarioInputs(actor, { format: "csv", kind });
      expect(file.fileName).toMatch(new RegExp(`-${kind}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const read = await readUpload(csvUpload(file.fileName, String(file.body)), { kind, limits: TEST_LIMITS });
      expect(read.problems.items).toEqual([]);
      expect(read.sheets[0]?.rows.length).toBe(kind === "settings" ? SCENARIO_SETTING_KEYS.length : 1);
    }
  });
});

/** A fresh child of the demo base case that overrides nothing (tests change it freely). */
async function freshChild(values: Partial<typeof scenarios.$inferInsert> = {}) {
  return insertScenario(db, { projectId: demo.projectId, parentScenarioId: demo.baseScenarioId, ...values });
}

function csvRequest(scenarioId: string, kind: ImportKind, text: string) {
  return { organisationId, scenarioId, upload: csvUpload(`${kind}.csv`, text), kind, limits: TEST_LIMITS };
}

async function commitCsv(scenario: { id: string; version: number }, kind: ImportKind, text: string) {
  return commitImport({ ...csvRequest(scenario.id, kind, text), userId, projectId: demo.projectId, expectedVersion: scenario.version });
}

async function storedScenario(scenarioId: string) {
  const [row] = await db.select().from(scenarios).where(eq(scenarios.id, scenarioId));
  if (!row) throw new Error("scenario not found");
  return row;
}

const problemsOf = (preview: { problems: { row: number; column: string; code: string }[] }) => preview.problems.map((p) => [p.row, p.column, p.code]);

describe("importing settings", () => {
  it("sets each listed setting's effective value in a child; a value equal to the parent's or empty inherits", async () => {
    const child = await freshChild({ payablePct: 90 });
    const text = "setting,value,unit\nmetalPrice,4.25,USD/lb\ndiscountRatePct,10,%\nincomeTaxRatePct,,%\nDiscounting,MID_PERIOD,\ntaxLossCarryForward,FALSE,\npayablePct,96.5,%\n";
    const result = await commitCsv(child, "settings", text);
    // metalPrice and incomeTaxRatePct are the parent's already; payablePct goes back to the parent's 96.5.
    expect(result.kinds).toEqual([expect.objectContaining({ kind: "settings", rows: 6, updated: 4, unchanged: 2, created: 0, removed: 0 })]);
    const stored = await storedScenario(child.id);
    expect([stored.metalPrice, stored.discountRatePct, stored.incomeTaxRatePct, stored.discounting, stored.taxLossCarryForward, stored.payablePct]).toEqual([
      null,
      10,
      null,
      "mid_period",
      false,
      null,
    ]);
    expect(stored.version).toBe(child.version + 1);
  });

  it("names every bad row and column: unknown setting, wrong type, out of range, repeated setting", async () => {
    const child = await freshChild();
    const text = [
      "setting,value",
      "colour,blue",
      "lifeYears,2.5",
      'discountRatePct,"1,5"',
      "currency,usd",
      "discounting,mid_period",
      "DISCOUNTING,end_of_period",
      "valuationDate,tomorrow",
      "taxLossCarryForward,maybe",
    ].join("\n");
    const preview = await previewImport(csvRequest(child.id, "settings", `${text}\n`));
    expect(problemsOf(preview)).toEqual([
      [2, "setting", "rule"],
      [3, "value", "rule"],
      [4, "value", "rule"],
      [5, "value", "rule"],
      [8, "value", "rule"],
      [9, "value", "rule"],
      [7, "setting", "duplicate"],
    ]);
    expect(preview.problems[2]?.rule).toMatch(/dot as the decimal separator/);
    expect(preview.isValid).toBe(false);
  });

  it("takes a price deck of the organisation only: another organisation's deck reads like a missing one and writes nothing", async () => {
    const other = await createTestOrganisation(db);
    const [ownDeck, foreignDeck] = await Promise.all([insertPriceDeck(db, organisationId), insertPriceDeck(db, other.id)]);
    const child = await freshChild();
    for (const deckId of [foreignDeck.id, "00000000-0000-4000-8000-000000000000"]) {
      const preview = await previewImport(csvRequest(child.id, "settings", `setting,value\npriceSource,deck\npriceDeckId,${deckId}\n`));
      expect(problemsOf(preview)).toEqual([[3, "value", "unknown_price_deck"]]);
      expect(preview.problems[0]?.rule).toMatch(/not a price deck of this organisation/);
      await expect(commitCsv(child, "settings", `setting,value\npriceSource,deck\npriceDeckId,${deckId}\n`)).rejects.toMatchObject({ status: 422 });
    }
    expect((await storedScenario(child.id)).priceDeckId).toBeNull();
    await commitCsv(child, "settings", `setting,value\npriceSource,deck\npriceDeckId,${ownDeck.id}\n`);
    expect((await storedScenario(child.id)).priceDeckId).toBe(ownDeck.id);
  });

  it("keeps a root complete: a required setting left empty is a problem at its row", async () => {
    const project = await insertProject(db, organisationId);
    const root = await insertScenario(db, { projectId: project.id });
    const preview = await previewImport(csvRequest(root.id, "settings", "setting,value\nroyaltyType,nsr\nroyaltyRatePct,\nmetalPrice,\nvaluationDate,\n"));
    expect(problemsOf(preview)).toEqual([
      [4, "value", "required"],
      [3, "value", "required"],
    ]);
  });
});

describe("importing correlations", () => {
  async function parameterIds(scenarioId: string): Promise<Map<string, string>> {
    const { effective } = await exportScenarioRows({ organisationId, scenarioId, kinds: [] });
    return new Map(effective.rows.parameter.map(({ row }) => [row.name, row.lineageId]));
  }

  it("makes the sheet the child's effective matrix, storing only its differences from the parent's", async () => {
    const child = await freshChild();
    const ids = await parameterIds(child.id);
    const [opex, capex, price] = [ids.get("Opex factor"), ids.get("Capex factor"), ids.get("Copper price")];
    const header = "parameter_a_row_id,parameter_b_row_id,coefficient";
    const first = await commitCsv(child, "correlations", `${header}\n${capex},${opex},0.5\n${price},${opex},-0.2\n`);
    expect(first.kinds).toEqual([expect.objectContaining({ created: 1, unchanged: 1, updated: 0, removed: 0 })]);
    const own = async () => (await db.select().from(parameterCorrelations).where(eq(parameterCorrelations.scenarioId, child.id))).map((row) => row.coefficient);
    expect(await own()).toEqual([-0.2]);
    // Header only: every pair 0; the parent's pair is switched off by a 0 of the child's own.
    const second = await commitCsv({ id: child.id, version: first.committedVersion }, "correlations", `${header}\n`);
    expect(second.kinds).toEqual([expect.objectContaining({ rows: 0, removed: 2 })]);
    expect(await own()).toEqual([0]);
  });

  it("names unknown parameters, self-pairs, repeated pairs and coefficients outside [-1, 1]", async () => {
    const child = await freshChild();
    const ids = await parameterIds(child.id);
    const [opex, capex] = [ids.get("Opex factor"), ids.get("Capex factor")];
    const stranger = "7d1e7a52-5b8e-4c2a-9d56-0d3f3c1b2a10";
    const rows = [`${stranger},${opex},0.1`, `${opex},${opex},0.2`, `${opex},${capex},0.3`, `${capex},${opex},0.4`, `${opex},${capex},1.5`];
    const preview = await previewImport(csvRequest(child.id, "correlations", `parameter_a_row_id,parameter_b_row_id,coefficient\n${rows.join("\n")}\n`));
    expect(problemsOf(preview)).toEqual([
      [3, "parameter_b_row_id", "rule"],
      [6, "coefficient", "rule"],
      [2, "parameter_a_row_id", "unknown_parameter"],
      [5, "parameter_b_row_id", "duplicate"],
    ]);
  });

  it("follows a parameters sheet's row_id to the parameter it matched by name", async () => {
    const child = await freshChild();
    const { sheets } = await exportScenarioRows({ organisationId, scenarioId: child.id, kinds: ["parameters", "correlations"] });
    const renamed = "0b5bb0a4-53a4-4d4f-8f0e-2c1f7e9a6b31";
    const ids = await parameterIds(child.id);
    const opex = ids.get("Opex factor");
    const swap = (value: unknown) => (value === opex ? renamed : value);
    const edited = sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key.endsWith("row_id") ? swap(value) : value]))),
    })) as typeof sheets;
    const preview = await previewImport({ organisationId, scenarioId: child.id, upload: { name: "p.xlsx", bytes: await kindsWorkbook(edited) }, limits: TEST_LIMITS });
    expect(preview.problems).toEqual([]);
    expect(preview.kinds.map((kind) => [kind.kind, kind.created, kind.updated, kind.removed])).toEqual([
      ["parameters", 0, 0, 0],
      ["correlations", 0, 0, 0],
    ]);
  });
});
