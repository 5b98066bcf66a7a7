import type { DeckUser, DeckYearPrice, PriceDeckSummary, PriceDeckWithPrices } from "@/db/queries/price-decks";
import type { PriceDeck } from "@/db/schema";

// The JSON shape of a price deck in API answers and on pages: its terms, the span of years it prices, and (one
// deck) its prices and the scenarios that name it.

export type PriceDeckOutput = {
  id: string;
  name: string;
  description: string | null;
  commodity: string;
  priceUnit: PriceDeck["priceUnit"];
  currency: string;
  /** Deck currency per price unit, for every year after lastYear. */
  longTermPrice: number;
  /** Send it back with PATCH; bumped by any change, prices included. */
  version: number;
  firstYear: number | null;
  lastYear: number | null;
  yearCount: number;
  createdAt: Date;
  updatedAt: Date;
};

export type PriceDeckDetailOutput = PriceDeckOutput & {
  /** Every priced year, ascending; deck currency per price unit. */
  prices: DeckYearPrice[];
  /** The scenarios that name the deck themselves (their children inherit it); a deck in use cannot be deleted. */
  usedBy: DeckUser[];
};

export function presentPriceDeck(deck: PriceDeckSummary): PriceDeckOutput {
  const { id, name, description, commodity, priceUnit, currency, longTermPrice, version, firstYear, lastYear, yearCount, createdAt, updatedAt } = deck;
  return { id, name, description, commodity, priceUnit, currency, longTermPrice, version, firstYear, lastYear, yearCount, createdAt, updatedAt };
}

export function presentPriceDeckDetail(deck: PriceDeckWithPrices, usedBy: DeckUser[]): PriceDeckDetailOutput {
  const years = deck.prices.map((p) => p.year);
  const span = { firstYear: years[0] ?? null, lastYear: years[years.length - 1] ?? null, yearCount: years.length };
  return { ...presentPriceDeck({ ...deck, ...span }), prices: deck.prices, usedBy };
}
