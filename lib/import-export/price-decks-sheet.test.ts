import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getPriceDeckByName } from "@/db/queries/price-decks";
import { scenarios } from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { csvUpload, TEST_LIMITS } from "@/tests/support/import-fixtures";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { insertProject, insertScenario } from "@/tests/support/scenario-api";
import { commitImport } from "./commit";
import { exportScenarioInputs } from "./export";
import { kindOfSheet } from "./kinds";
import { previewImport } from "./preview";
import { readUpload } from "./read-upload";
import { kindsWorkbook } from "./templates";

// The price-decks sheet on its own (CSV kind price-decks) and beside a settings sheet: rows are assembled into
// decks by name, checked as the API checks a deck, and matched by name in the scenario's organisation.

const getDb = useTestDb();
let db: Db;
let organisationId: string;
let userId: string;
let project: { id: string };

beforeAll(async () => {
  db = await getDb();
  organisationId = (await createTestOrganisation(db)).id;
  userId = (await createTestUser(db, { organisationId, role: "project_manager" })).id;
  project = await insertProject(db, organisationId);
});

const HEADER = "deck_id,name,commodity,price_unit,currency,long_term_price,year,price";
const problemsOf = (preview: { problems: { row: number; column: string; code: string }[] }) => preview.problems.map((p) => [p.row, p.column, p.code]);

async function importCsv(text: string, { dryRun }: { dryRun: boolean }) {
  const scenario = await insertScenario(db, { projectId: project.id });
  const request = { organisationId, scenarioId: scenario.id, upload: csvUpload("decks.csv", text), kind: "price-decks" as const, limits: TEST_LIMITS };
  if (dryRun) return previewImport(request);
  return commitImport({ ...request, userId, projectId: project.id, expectedVersion: scenario.version });
}

describe("the price-decks sheet", () => {
  it("is the sheet named Price decks (spaces or underscores), as well as price-decks", () => {
    expect(["Price decks", " price_decks ", "PRICE-DECKS"].map(kindOfSheet)).toEqual(["price-decks", "price-decks", "price-decks"]);
  });

  it("exports as CSV (kind=price-decks) the deck a root on a deck names, one row per year, that reads back without problems", async () => {
    const deck = await insertPriceDeck(db, organisationId);
    const scenario = await insertScenario(db, { projectId: project.id, priceSource: "deck", priceDeckId: deck.id });
    const file = await exportScenarioInputs({ organisationId, userId, projectId: project.id, scenarioId: scenario.id }, { format: "csv", kind: "price-decks" });
    expect(file.fileName).toMatch(/-price-decks-\d{4}-\d{2}-\d{2}\.csv$/);
    const read = await readUpload(csvUpload(file.fileName, String(file.body)), { kind: "price-decks", limits: TEST_LIMITS });
    expect(read.problems.items).toEqual([]);
    expect(read.sheets[0]?.rows.map((row) => row.fields)).toEqual(
      [2029, 2030, 2031].map((year, i) => ({
        deckId: deck.id,
        deck: { name: deck.name, description: null, commodity: "copper", priceUnit: "lb", currency: "USD", longTermPrice: 3.8, prices: [] },
        price: { year, price: 4.4 - i * 0.2 },
      })),
    );
  });

  it("creates a deck with no priced year from one row with year and price empty, and a deck per name", async () => {
    const text = `${HEADER}\n,Flat gold,Gold,oz,usd,2400,,\n,Two years,copper,lb,USD,4,2031,4.2\n,Two years,copper,lb,USD,4,2030,4.5\n`;
    const result = await importCsv(text, { dryRun: false });
    expect(result.kinds).toEqual([expect.objectContaining({ kind: "price-decks", rows: 3, created: 2, unchanged: 0 })]);
    const flat = await getPriceDeckByName(db, { organisationId, name: "Flat gold" });
    expect([flat?.commodity, flat?.currency, flat?.longTermPrice, flat?.prices]).toEqual(["gold", "USD", 2400, []]);
    const two = await getPriceDeckByName(db, { organisationId, name: "Two years" });
    expect(two?.prices).toEqual([{ year: 2030, price: 4.5 }, { year: 2031, price: 4.2 }]);
  });

  it("names every bad row: a year without a price, other terms in a deck's row, a year twice, a negative price", async () => {
    const text = [
      HEADER,
      ",A,copper,lb,USD,4,2030,",
      ",B,copper,lb,USD,4,2030,4.1",
      ",B,copper,lb,EUR,4,2031,4.1",
      ",B,copper,lb,USD,4,2030,4.3",
      ",C,copper,lb,USD,4,2030,-1",
    ].join("\n");
    const preview = await importCsv(`${text}\n`, { dryRun: true });
    expect(problemsOf(preview)).toEqual([
      [2, "price", "rule"],
      [6, "price", "rule"],
      [4, "name", "price_deck_rows"],
      [5, "year", "rule"],
    ]);
    expect(preview.isValid).toBe(false);
  });

  it("reuses a deck of the organisation with the same terms and prices, and refuses one that differs, writing nothing", async () => {
    const deck = await insertPriceDeck(db, organisationId);
    const rows = (ltp: number) => [2029, 2030, 2031].map((year, i) => `,${deck.name},copper,lb,USD,${ltp},${year},${4.4 - i * 0.2}`).join("\n");
    const same = await importCsv(`${HEADER}\n${rows(3.8)}\n`, { dryRun: true });
    expect([same.problems, same.kinds[0]?.unchanged, same.kinds[0]?.created]).toEqual([[], 1, 0]);
    await expect(importCsv(`${HEADER}\n${rows(3.9)}\n`, { dryRun: false })).rejects.toMatchObject({
      status: 422,
      preview: { problems: [expect.objectContaining({ row: 2, column: "name", code: "price_deck_differs", rule: expect.stringContaining("another long-term price (3.8)") })] },
    });
    expect((await getPriceDeckByName(db, { organisationId, name: deck.name }))?.longTermPrice).toBe(3.8);
  });

  it("leaves a settings priceDeckId that is not the sheet's deck_id to the settings check", async () => {
    const scenario = await insertScenario(db, { projectId: project.id });
    const fileId = "00000000-0000-4000-8000-0000000000e1";
    const otherId = "00000000-0000-4000-8000-0000000000e2";
    const bytes = await kindsWorkbook([
      { kind: "settings", rows: [{ setting: "priceSource", value: "deck" }, { setting: "priceDeckId", value: otherId }] },
      { kind: "price-decks", rows: [{ deck_id: fileId, name: "Unnamed by settings", commodity: "copper", price_unit: "lb", currency: "USD", long_term_price: 4 }] },
    ]);
    const preview = await previewImport({ organisationId, scenarioId: scenario.id, upload: { name: "s.xlsx", bytes }, limits: TEST_LIMITS });
    expect(problemsOf(preview)).toEqual([[3, "value", "unknown_price_deck"]]);
    const [stored] = await db.select({ priceDeckId: scenarios.priceDeckId }).from(scenarios).where(eq(scenarios.id, scenario.id));
    expect(stored?.priceDeckId).toBeNull();
  });
});
