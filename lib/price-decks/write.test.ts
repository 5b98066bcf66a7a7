import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { priceDeckPrices, priceDecks } from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { countDeckWrites, insertPriceDeck } from "@/tests/support/price-decks";
import { createPriceDeck, deletePriceDeck, getPriceDeck, updatePriceDeck } from "./index";

// The service on its own (routes are tested in app/api/price-decks): every call is scoped by the organisation it
// is given, and a change is one transaction, so a write the database refuses halfway leaves nothing behind.

const getDb = useTestDb();
let db: Db;
let actor: { organisationId: string; userId: string };
let otherOrganisationId: string;

beforeAll(async () => {
  db = await getDb();
  const organisation = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: organisation.id, role: "project_manager" });
  actor = { organisationId: organisation.id, userId: user.id };
  otherOrganisationId = (await createTestOrganisation(db, "Other")).id;
});

const storedPrices = async (deckId: string) =>
  (await db.select({ year: priceDeckPrices.year, price: priceDeckPrices.price }).from(priceDeckPrices).where(eq(priceDeckPrices.deckId, deckId))).sort((a, b) => a.year - b.year);

describe("the price decks service", () => {
  it("acts only on the organisation it is given: another organisation's deck is not found", async () => {
    const foreign = await insertPriceDeck(db, otherOrganisationId);
    const before = await countDeckWrites(db, otherOrganisationId);
    await expect(getPriceDeck({ organisationId: actor.organisationId, deckId: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updatePriceDeck({ ...actor, deckId: foreign.id }, { version: 1, longTermPrice: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deletePriceDeck({ ...actor, deckId: foreign.id });
    expect(await countDeckWrites(db, otherOrganisationId)).toEqual(before);
  });

  it("rolls the whole update back when the database refuses one price: version, terms and prices unchanged", async () => {
    const deck = await insertPriceDeck(db, actor.organisationId);
    const pricesBefore = await storedPrices(deck.id);
    // Past zod (a script calling the service): the year CHECK refuses the insert after the delete and the bump.
    const update = updatePriceDeck({ ...actor, deckId: deck.id }, { version: 1, longTermPrice: 2, prices: [{ year: 2030, price: 4 }, { year: 1800, price: 4 }] });
    await expect(update).rejects.toThrow();
    const [row] = await db.select().from(priceDecks).where(eq(priceDecks.id, deck.id));
    expect(row).toMatchObject({ version: 1, longTermPrice: 3.8 });
    expect(await storedPrices(deck.id)).toEqual(pricesBefore);
  });

  it("keeps prices to the cent and beyond (numeric, not floating point)", async () => {
    const created = await createPriceDeck(actor, {
      name: "Precise",
      description: null,
      commodity: "gold",
      priceUnit: "oz",
      currency: "USD",
      longTermPrice: 1850.125,
      prices: [{ year: 2030, price: 0.1 + 0.2 }, { year: 2031, price: 2450.3333 }],
    });
    // 0.1 + 0.2 is 0.30000000000000004 as a double; numeric(24,8) keeps 0.30000000, which reads back as 0.3.
    expect((await getPriceDeck({ organisationId: actor.organisationId, deckId: created.id })).prices).toEqual([
      { year: 2030, price: 0.3 },
      { year: 2031, price: 2450.3333 },
    ]);
  });
});
