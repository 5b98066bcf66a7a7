import { and, asc, count, eq, inArray, max, min, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { priceDeckPrices, priceDecks, projects, scenarioProducts, scenarios, type NewPriceDeck, type PriceDeck } from "../schema";
import { isUuid } from "./ids";

// Price decks, always read and written through the caller's organisation: another organisation's deck is
// indistinguishable from a missing one (undefined → 404). SQL only: the rules, the transaction and the audit rows
// are lib/price-decks'. The unique (organisation, name) constraint is price_decks_organisation_id_name_unique.

/** One year's price, in the deck's currency per its price unit. */
export type DeckYearPrice = { year: number; price: number };

/** A deck as lists show it: its terms and the span of years it prices. */
export type PriceDeckSummary = PriceDeck & { firstYear: number | null; lastYear: number | null; yearCount: number };

/** A deck with every priced year, ascending. */
export type PriceDeckWithPrices = PriceDeck & { prices: DeckYearPrice[] };

/**
 * The scenarios that name a deck themselves: as their price deck (priceDeckId stored on the scenario, not inherited)
 * or on a product row of their own (scenario_products.price_deck_id; a child inheriting the row is not listed).
 */
export type DeckUser = { scenarioId: string; scenarioName: string; projectId: string; projectName: string };

const scoped = (organisationId: string, deckId: string) => and(eq(priceDecks.id, deckId), eq(priceDecks.organisationId, organisationId));

/** The organisation's decks, by name, with the years they price. */
export async function listPriceDecks(db: DbOrTx, { organisationId }: { organisationId: string }): Promise<PriceDeckSummary[]> {
  const rows = await db
    .select({ deck: priceDecks, firstYear: min(priceDeckPrices.year), lastYear: max(priceDeckPrices.year), yearCount: count(priceDeckPrices.year) })
    .from(priceDecks)
    .leftJoin(priceDeckPrices, eq(priceDeckPrices.deckId, priceDecks.id))
    .where(eq(priceDecks.organisationId, organisationId))
    .groupBy(priceDecks.id)
    .orderBy(asc(priceDecks.name), asc(priceDecks.id));
  return rows.map(({ deck, firstYear, lastYear, yearCount }) => ({ ...deck, firstYear, lastYear, yearCount }));
}

/** One deck of the organisation (no prices), or undefined when it is missing or another organisation's. */
export async function findPriceDeck(db: DbOrTx, { organisationId, deckId }: { organisationId: string; deckId: string }): Promise<PriceDeck | undefined> {
  if (!isUuid(deckId)) return undefined;
  const [row] = await db.select().from(priceDecks).where(scoped(organisationId, deckId));
  return row;
}

/** One deck of the organisation with its prices by year, or undefined as findPriceDeck. */
export async function getPriceDeckWithPrices(
  db: DbOrTx,
  { organisationId, deckId }: { organisationId: string; deckId: string },
): Promise<PriceDeckWithPrices | undefined> {
  const deck = await findPriceDeck(db, { organisationId, deckId });
  if (!deck) return undefined;
  const prices = await db
    .select({ year: priceDeckPrices.year, price: priceDeckPrices.price })
    .from(priceDeckPrices)
    .where(eq(priceDeckPrices.deckId, deck.id))
    .orderBy(asc(priceDeckPrices.year));
  return { ...deck, prices };
}

/** The organisation's deck of exactly that name (names are unique in an organisation) with its prices, or undefined. */
export async function getPriceDeckByName(
  db: DbOrTx,
  { organisationId, name }: { organisationId: string; name: string },
): Promise<PriceDeckWithPrices | undefined> {
  const [row] = await db
    .select({ id: priceDecks.id })
    .from(priceDecks)
    .where(and(eq(priceDecks.organisationId, organisationId), eq(priceDecks.name, name)));
  return row ? getPriceDeckWithPrices(db, { organisationId, deckId: row.id }) : undefined;
}

/** Inserts a deck in the organisation. */
export async function insertPriceDeck(
  db: DbOrTx,
  { organisationId, values }: { organisationId: string; values: Omit<NewPriceDeck, "organisationId"> },
): Promise<PriceDeck> {
  const [created] = await db.insert(priceDecks).values({ ...values, organisationId }).returning();
  if (!created) throw new Error("price deck not created");
  return created;
}

export type PriceDeckChanges = Partial<Pick<NewPriceDeck, "name" | "description" | "longTermPrice">>;

/**
 * Applies `changes` when the deck is still at `version` (version + 1; also when only its prices change).
 * @returns the updated row, or undefined when the version moved on (or the deck is gone)
 */
export async function updatePriceDeckRow(
  db: DbOrTx,
  { organisationId, deckId, version, changes }: { organisationId: string; deckId: string; version: number; changes: PriceDeckChanges },
): Promise<PriceDeck | undefined> {
  const [updated] = await db
    .update(priceDecks)
    .set({ ...changes, version: sql`${priceDecks.version} + 1` })
    .where(and(scoped(organisationId, deckId), eq(priceDecks.version, version)))
    .returning();
  return updated;
}

/**
 * Replaces the deck's prices with `prices` (the whole set). Run it in the transaction that bumped the deck's
 * version, so readers never see half a set.
 * @returns false (and writes nothing) when the deck is not the organisation's
 */
export async function replacePriceDeckPrices(
  db: DbOrTx,
  { organisationId, deckId, prices }: { organisationId: string; deckId: string; prices: readonly DeckYearPrice[] },
): Promise<boolean> {
  if (!(await findPriceDeck(db, { organisationId, deckId }))) return false;
  await db.delete(priceDeckPrices).where(eq(priceDeckPrices.deckId, deckId));
  if (prices.length > 0) await db.insert(priceDeckPrices).values(prices.map(({ year, price }) => ({ deckId, year, price })));
  return true;
}

/** Deletes the deck and its prices (ON DELETE CASCADE); refused by the database while a scenario names it. */
export async function deletePriceDeckRow(db: DbOrTx, { organisationId, deckId }: { organisationId: string; deckId: string }): Promise<void> {
  await db.delete(priceDecks).where(scoped(organisationId, deckId));
}

/** The organisation's scenarios that name the deck (their own price_deck_id or a product row's), by project and scenario name. */
export async function listDeckUsers(db: DbOrTx, { organisationId, deckId }: { organisationId: string; deckId: string }): Promise<DeckUser[]> {
  if (!isUuid(deckId)) return [];
  return db
    .select({ scenarioId: scenarios.id, scenarioName: scenarios.name, projectId: projects.id, projectName: projects.name })
    .from(scenarios)
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(or(eq(scenarios.priceDeckId, deckId), inArray(scenarios.id, productUsersOf(db, deckId))), eq(projects.organisationId, organisationId)))
    .orderBy(asc(projects.name), asc(scenarios.name));
}

/** The scenarios with a product row of their own priced on the deck. */
function productUsersOf(db: DbOrTx, deckId: string) {
  return db.select({ scenarioId: scenarioProducts.scenarioId }).from(scenarioProducts).where(eq(scenarioProducts.priceDeckId, deckId));
}

/** Every deck of the organisation with its prices, by name: two queries whatever the number of decks. */
export async function listPriceDecksWithPrices(db: DbOrTx, { organisationId }: { organisationId: string }): Promise<PriceDeckWithPrices[]> {
  const decks = await db.select().from(priceDecks).where(eq(priceDecks.organisationId, organisationId)).orderBy(asc(priceDecks.name), asc(priceDecks.id));
  if (decks.length === 0) return [];
  const prices = await db
    .select({ deckId: priceDeckPrices.deckId, year: priceDeckPrices.year, price: priceDeckPrices.price })
    .from(priceDeckPrices)
    .innerJoin(priceDecks, eq(priceDecks.id, priceDeckPrices.deckId))
    .where(eq(priceDecks.organisationId, organisationId))
    .orderBy(asc(priceDeckPrices.year));
  return decks.map((deck) => ({ ...deck, prices: prices.filter((p) => p.deckId === deck.id).map(({ year, price }) => ({ year, price })) }));
}
