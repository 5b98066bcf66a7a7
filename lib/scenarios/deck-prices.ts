import type { ScenarioSettings } from "@/db/queries/scenario-inheritance";
import type { ValidationIssue } from "@/lib/engine/model";

// A scenario on a price deck: the price of each production year, read from the deck. Pure.
//
// The rule, year by year (calendar year of production period i = startYear + constructionPeriods + i):
// - a year the deck prices: that year's price;
// - a year after the deck's last year: the deck's long-term price;
// - a year before the deck's first year: the deck's first year's price (a deck that starts late says nothing
//   about earlier years; its first price is the nearest forecast, the long-term price the farthest);
// - a deck with no years at all: the long-term price in every year.
// Deck prices are read exactly like the flat metal price: price currency per price unit, in real terms (the engine
// escalates them under nominal terms as it escalates the flat price).

/** What the mapping needs of a deck (db/queries/price-decks.ts PriceDeckWithPrices fits it). */
export type ModelPriceDeck = {
  id: string;
  name: string;
  commodity: string;
  priceUnit: string;
  currency: string;
  /** Deck currency per price unit, after the last priced year. */
  longTermPrice: number;
  /** Ascending by year, each year once. */
  prices: readonly { year: number; price: number }[];
};

/**
 * The deck's price for a calendar year, by the rule above.
 * @example deckPriceForYear({ …, longTermPrice: 3.8, prices: [{ year: 2030, price: 4.4 }, { year: 2031, price: 4.2 }] }, 2035) // 3.8
 */
export function deckPriceForYear(deck: Pick<ModelPriceDeck, "longTermPrice" | "prices">, year: number): number {
  const first = deck.prices[0];
  const last = deck.prices[deck.prices.length - 1];
  if (!first || !last || year > last.year) return deck.longTermPrice;
  if (year < first.year) return first.price;
  return deck.prices.find((p) => p.year === year)?.price ?? nearestEarlier(deck.prices, year);
}

/** A gap inside the deck (2030 and 2033 priced, 2031 not): the last priced year before it holds. */
function nearestEarlier(prices: ModelPriceDeck["prices"], year: number): number {
  let price = prices[0]?.price ?? 0;
  for (const entry of prices) {
    if (entry.year > year) break;
    price = entry.price;
  }
  return price;
}

type PricedSettings = Pick<ScenarioSettings, "startYear" | "constructionPeriods" | "lifeYears" | "metalPriceUnit" | "priceCurrency" | "currency" | "priceDeckId">;

export type DeckPriceResult = { ok: true; prices: number[] } | { ok: false; issues: ValidationIssue[] };

/**
 * One price per production period from the scenario's deck, or why the deck cannot price this scenario: none
 * chosen, not found, or a different commodity, price unit or currency than the scenario's.
 */
export function deckPricesForProduction(
  deck: ModelPriceDeck | null | undefined,
  settings: PricedSettings & { startYear: number; constructionPeriods: number; lifeYears: number },
  commodity: string,
): DeckPriceResult {
  const refuse = (rule: string, message: string): DeckPriceResult => ({ ok: false, issues: [{ path: "settings.priceDeckId", rule, message }] });
  if (settings.priceDeckId === null) return refuse("price_deck_missing", "the price source is a price deck, but no deck is chosen");
  if (!deck || deck.id !== settings.priceDeckId) return refuse("price_deck_not_found", "the chosen price deck no longer exists in this organisation");
  const priceCurrency = settings.priceCurrency ?? settings.currency;
  const issues: ValidationIssue[] = [];
  if (deck.commodity !== commodity.toLowerCase()) {
    issues.push({ path: "settings.priceDeckId", rule: "price_deck_commodity", message: `the price deck "${deck.name}" prices ${deck.commodity}, but the project's commodity is ${commodity}` });
  }
  if (deck.priceUnit !== settings.metalPriceUnit) {
    issues.push({ path: "settings.priceDeckId", rule: "price_deck_unit", message: `the price deck "${deck.name}" is priced per ${deck.priceUnit}, but the scenario's metal price unit is ${settings.metalPriceUnit}` });
  }
  if (deck.currency !== priceCurrency) {
    issues.push({ path: "settings.priceDeckId", rule: "price_deck_currency", message: `the price deck "${deck.name}" is in ${deck.currency}, but the scenario's price currency is ${priceCurrency}` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const firstProductionYear = settings.startYear + settings.constructionPeriods;
  return { ok: true, prices: Array.from({ length: settings.lifeYears }, (_, i) => deckPriceForYear(deck, firstProductionYear + i)) };
}
