import { getDb } from "@/db";
import { getPriceDeckWithPrices, listDeckUsers, listPriceDecks as selectPriceDecks } from "@/db/queries/price-decks";
import { notFound } from "@/lib/errors";
import { presentPriceDeck, presentPriceDeckDetail, type PriceDeckDetailOutput, type PriceDeckOutput } from "./present";

// Reading price decks, scoped by the organisation the caller acts in: the active one for the list, the deck's
// owner (lib/access) for one deck.

export type PriceDeckScope = { organisationId: string; deckId: string };

/** The organisation's decks, by name. */
export async function listPriceDecks({ organisationId }: { organisationId: string }): Promise<PriceDeckOutput[]> {
  return (await selectPriceDecks(await getDb(), { organisationId })).map(presentPriceDeck);
}

/** The deck with its prices and the scenarios that use it, or undefined when it is not the organisation's. */
export async function findPriceDeck(scope: PriceDeckScope): Promise<PriceDeckDetailOutput | undefined> {
  const db = await getDb();
  const [deck, usedBy] = await Promise.all([getPriceDeckWithPrices(db, scope), listDeckUsers(db, scope)]);
  return deck ? presentPriceDeckDetail(deck, usedBy) : undefined;
}

/** @throws AppError NOT_FOUND when the deck is not the organisation's (deleted after the guard) */
export async function getPriceDeck(scope: PriceDeckScope): Promise<PriceDeckDetailOutput> {
  const deck = await findPriceDeck(scope);
  if (!deck) throw notFound("Price deck");
  return deck;
}
