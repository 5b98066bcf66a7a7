import { count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { auditLog, priceDeckPrices, priceDecks, type NewPriceDeck } from "@/db/schema";

// Fixtures for price decks: rows written straight to the database (the service and API are what the tests test).

let counter = 0;

/** A copper deck in USD/lb: 4.40, 4.20 and 4.00 for 2029–2031 (or `prices`), long-term 3.80 (or as given). */
export async function insertPriceDeck(
  db: DbOrTx,
  organisationId: string,
  values: Partial<NewPriceDeck> = {},
  prices: readonly { year: number; price: number }[] = [2029, 2030, 2031].map((year, i) => ({ year, price: 4.4 - i * 0.2 })),
) {
  counter += 1;
  const name = `Deck ${counter}-${Math.random().toString(36).slice(2, 7)}`;
  const [deck] = await db
    .insert(priceDecks)
    .values({ organisationId, name, commodity: "copper", priceUnit: "lb", currency: "USD", longTermPrice: 3.8, ...values })
    .returning();
  if (!deck) throw new Error("price deck not created");
  if (prices.length > 0) await db.insert(priceDeckPrices).values(prices.map((p) => ({ deckId: deck.id, ...p })));
  return deck;
}

/** Row counts a refused request must leave as they were: the organisation's decks, their prices and audit rows. */
export async function countDeckWrites(db: DbOrTx, organisationId: string): Promise<number[]> {
  const deckIds = db.select({ id: priceDecks.id }).from(priceDecks).where(eq(priceDecks.organisationId, organisationId));
  const first = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  return Promise.all([
    first(db.select({ n: count() }).from(priceDecks).where(eq(priceDecks.organisationId, organisationId))),
    first(db.select({ n: count() }).from(priceDeckPrices).where(inArray(priceDeckPrices.deckId, deckIds))),
    first(db.select({ n: count() }).from(auditLog).where(eq(auditLog.organisationId, organisationId))),
  ]);
}

/** A valid create request (copper, USD/lb) with a unique name. */
export function newDeckBody(extra: Record<string, unknown> = {}) {
  counter += 1;
  return {
    name: `Consensus ${counter}-${Math.random().toString(36).slice(2, 7)}`,
    description: "Bank consensus, real 2026 dollars",
    commodity: "Copper",
    priceUnit: "lb",
    currency: "USD",
    longTermPrice: 3.9,
    prices: [
      { year: 2030, price: 4.5 },
      { year: 2031, price: 4.3 },
      { year: 2033, price: 4.0 },
    ],
    ...extra,
  };
}
