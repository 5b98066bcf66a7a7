import { describe, expect, it } from "vitest";
import { rowRoutes } from "@/lib/rows/routes";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { countRows, createWorld, scenarioVersionOf, validBody, type World } from "@/tests/support/row-fixtures";
import * as deckRoute from "./[deckId]/route";

// A co- or by-product priced on a price deck (issue #14): only a deck of the scenario's organisation (another's
// reads as a missing one, 422), and a deck a product uses is in use (DELETE 409 naming the scenario).

const getDb = useTestDb();
const products = rowRoutes.products;
const GOLD = { commodity: "gold", priceUnit: "oz" as const, currency: "USD", longTermPrice: 1900 };

let worldPromise: Promise<World> | undefined;
async function world(): Promise<World> {
  worldPromise ??= getDb().then(createWorld);
  return worldPromise;
}

const create = (w: World, scenarioId: string, body: object) =>
  callRoute(products.collection.POST, "POST", "/x", { params: { scenarioId }, body, cookie: w.cookies.project_manager });
const removeDeck = (w: World, deckId: string) => callRoute(deckRoute.DELETE, "DELETE", "/x", { params: { deckId }, cookie: w.cookies.project_manager });
const getDeck = (w: World, deckId: string) => callRoute(deckRoute.GET, "GET", "/x", { params: { deckId }, cookie: w.cookies.project_manager });

describe("a product on a price deck", () => {
  it("refuses another organisation's deck exactly like a missing one (422 PRICE_DECK_INVALID, nothing written)", async () => {
    const w = await world();
    const foreign = await insertPriceDeck(w.db, w.other.organisationId, GOLD);
    const before = await countRows(w.db, w.organisationId);
    const expected = { status: 422, body: { error: { code: "PRICE_DECK_INVALID", fieldErrors: { priceDeckId: [expect.any(String)] } } } };
    expect(await create(w, w.ids.baseScenarioId, { ...validBody("products"), priceDeckId: foreign.id })).toMatchObject(expected);
    expect(await create(w, w.ids.baseScenarioId, { ...validBody("products"), priceDeckId: crypto.randomUUID() })).toMatchObject(expected);
    expect(await countRows(w.db, w.organisationId)).toEqual(before);
  });

  it("refuses another organisation's deck in a bulk replace, naming the row", async () => {
    const w = await world();
    const foreign = await insertPriceDeck(w.db, w.other.organisationId, GOLD);
    const root = w.ids.deckScenarioId;
    const res = await callRoute(products.collection.PUT, "PUT", "/x", {
      params: { scenarioId: root },
      body: { version: await scenarioVersionOf(w.db, root), rows: [{ ...validBody("products"), priceDeckId: foreign.id }] },
      cookie: w.cookies.project_manager,
    });
    expect(res).toMatchObject({ status: 422, body: { error: { code: "PRICE_DECK_INVALID", fieldErrors: { "rows.0.priceDeckId": [expect.any(String)] } } } });
  });

  it("stores a deck of the organisation with a head grade schedule and concentrate terms, and returns them", async () => {
    const w = await world();
    const deck = await insertPriceDeck(w.db, w.organisationId, GOLD);
    const body = { ...validBody("products"), priceDeckId: deck.id, headGradeByYear: [0.6, 0.55], concentrateGradePct: 30, treatmentChargePerDmt: 90 };
    const res = await create(w, w.ids.baseScenarioId, body);
    expect(res).toMatchObject({ status: 201, body: { data: { ...body, concentrateMoisturePct: null, impurityContentPct: null } } });
  });

  it("refuses a scheduled grade above 100 % (400 on headGradeByYear)", async () => {
    const w = await world();
    const res = await create(w, w.ids.baseScenarioId, { ...validBody("products"), gradeUnit: "pct", headGrade: 1, headGradeByYear: [1, 101] });
    expect(res).toMatchObject({ status: 400, body: { error: { code: "VALIDATION_FAILED", fieldErrors: { headGradeByYear: [expect.any(String)] } } } });
  });

  it("keeps a deck a product uses: DELETE is 409 PRICE_DECK_IN_USE naming the scenario, then succeeds once unused", async () => {
    const w = await world();
    const deck = await insertPriceDeck(w.db, w.organisationId, GOLD);
    const created = await create(w, w.ids.baseScenarioId, { ...validBody("products"), priceDeckId: deck.id });
    expect(created.status).toBe(201);
    const usedBy = ((await getDeck(w, deck.id)).body as { priceDeck: { usedBy: { scenarioId: string }[] } }).priceDeck.usedBy;
    expect(usedBy.map((user) => user.scenarioId)).toEqual([w.ids.baseScenarioId]);
    const refused = await removeDeck(w, deck.id);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "PRICE_DECK_IN_USE", fieldErrors: { usedBy: [expect.any(String)] } } } });
    const { lineageId } = (created.body as { data: { lineageId: string } }).data;
    const patched = await callRoute(products.item.PATCH, "PATCH", "/x", {
      params: { scenarioId: w.ids.baseScenarioId, itemId: lineageId },
      body: { version: await scenarioVersionOf(w.db, w.ids.baseScenarioId), priceDeckId: null },
      cookie: w.cookies.project_manager,
    });
    expect(patched).toMatchObject({ status: 200, body: { data: { priceDeckId: null } } });
    expect((await removeDeck(w, deck.id)).status).toBe(204);
  });
});
