import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { listPriceDecks } from "@/db/queries/price-decks";
import { scenarioProducts } from "@/db/schema";
import { computeScenarioCashFlow } from "@/lib/scenarios/cashflow";
import { loadEffectiveScenario, type EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { MINIMAL_ROOT_SETTINGS, TEST_LIMITS } from "@/tests/support/import-fixtures";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { insertProject, insertScenario, seedDemo } from "@/tests/support/scenario-api";
import { commitImport } from "./commit";
import { exportScenarioInputs, exportScenarioRows } from "./export";
import { previewImport } from "./preview";

// Issue #14, "decks used": a by-product priced on a deck leaves with that deck in the price-decks sheet and comes
// back, in another organisation, on a deck of that organisation with the same prices and a bit-identical cash flow.
const WORKBOOK_TEST = { timeout: 120_000 };
const GOLD_DECK = { commodity: "gold", priceUnit: "oz" as const, currency: "USD", longTermPrice: 2100 };
const GOLD_PRICES = [2029, 2030, 2031, 2032].map((year, i) => ({ year, price: 2600 - i * 100 }));

const getDb = useTestDb();
let db: Db;
let source: { organisationId: string; scenarioId: string; deckId: string };
let workbook: Uint8Array;

async function effectiveOf(organisationId: string, scenarioId: string): Promise<EffectiveScenario> {
  const effective = await loadEffectiveScenario(db, { organisationId, scenarioId });
  if (!effective) throw new Error("scenario not found");
  return effective;
}

beforeAll(async () => {
  db = await getDb();
  const organisationId = (await createTestOrganisation(db)).id;
  const userId = (await createTestUser(db, { organisationId, role: "analyst" })).id;
  const demo = await seedDemo(db, organisationId);
  const deck = await insertPriceDeck(db, organisationId, { ...GOLD_DECK, name: "Gold consensus" }, GOLD_PRICES);
  await db.update(scenarioProducts).set({ priceDeckId: deck.id }).where(eq(scenarioProducts.scenarioId, demo.byProductScenarioId));
  source = { organisationId, scenarioId: demo.byProductScenarioId, deckId: deck.id };
  const file = await exportScenarioInputs({ organisationId, userId, projectId: demo.projectId, scenarioId: demo.byProductScenarioId }, { format: "xlsx" });
  if (typeof file.body === "string") throw new Error("a workbook is bytes");
  workbook = file.body;
});

describe("a product's price deck travels with the scenario", () => {
  it("the export's price-decks sheet carries the deck the gold by-product uses", async () => {
    const { sheets } = await exportScenarioRows({ organisationId: source.organisationId, scenarioId: source.scenarioId });
    const rows = sheets.find((sheet) => sheet.kind === "price-decks")?.rows ?? [];
    expect(rows.map((row) => [row.deck_id, row.name, row.year, row.price])).toEqual(GOLD_PRICES.map(({ year, price }) => [source.deckId, "Gold consensus", year, price]));
    const products = sheets.find((sheet) => sheet.kind === "products")?.rows ?? [];
    expect(products.map((row) => row.price_deck_id)).toEqual([source.deckId]);
  });

  it("imports into another organisation: the deck is created there, the product points at it, the cash flow is bit-identical", WORKBOOK_TEST, async () => {
    const organisationId = (await createTestOrganisation(db, "Gold Deckless Mining")).id;
    const userId = (await createTestUser(db, { organisationId, role: "project_manager" })).id;
    const root = await insertScenario(db, { projectId: (await insertProject(db, organisationId)).id, ...MINIMAL_ROOT_SETTINGS });
    const request = { organisationId, scenarioId: root.id, upload: { name: "gold.xlsx", bytes: workbook }, limits: TEST_LIMITS };
    const preview = await previewImport(request);
    expect(preview.problems).toEqual([]);
    expect(preview.kinds.find((kind) => kind.kind === "price-decks")).toMatchObject({ created: 1, unchanged: 0 });
    await commitImport({ ...request, userId, projectId: root.projectId, expectedVersion: preview.scenarioVersion });

    const [deck, ...others] = await listPriceDecks(db, { organisationId });
    expect(others).toEqual([]);
    expect(deck?.id).not.toBe(source.deckId);
    const before = await effectiveOf(source.organisationId, source.scenarioId);
    const after = await effectiveOf(organisationId, root.id);
    expect(after.rows.product.map(({ row }) => row.priceDeckId)).toEqual([deck?.id]);
    expect(after.productDecks.map((d) => d.prices)).toEqual([GOLD_PRICES]);
    const [flowBefore, flowAfter] = [computeScenarioCashFlow(before), computeScenarioCashFlow(after)];
    expect(flowAfter.metrics.npv).toBe(flowBefore.metrics.npv);
    flowBefore.rows.forEach((row, period) => expect(flowAfter.rows[period]?.afterTaxCashFlow, `period ${period}`).toBe(row.afterTaxCashFlow));
  });

  it("the deck moves the figures: the same scenario on its flat gold price has another NPV", async () => {
    const onDeck = computeScenarioCashFlow(await effectiveOf(source.organisationId, source.scenarioId)).metrics.npv;
    const flat = { ...(await effectiveOf(source.organisationId, source.scenarioId)) };
    flat.rows = { ...flat.rows, product: flat.rows.product.map((entry) => ({ ...entry, row: { ...entry.row, priceDeckId: null } })) };
    expect(computeScenarioCashFlow(flat).metrics.npv).not.toBe(onDeck);
  });
});
