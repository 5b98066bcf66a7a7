import type { ValidationIssue } from "@/lib/engine/model";
import { deckPriceForYear, type DeckPriceResult, type ModelPriceDeck } from "./deck-prices";

// A co- or by-product on a price deck (issue #14): the price of each production year, read from the deck by the
// primary's rule (deck-prices.ts: the year's price, the long-term price after the deck's last year, its first
// year's price before its first year, the last priced year in a gap). Pure.
//
// The deck must price this product: its commodity is the product's name (trimmed, lower-case, as decks store
// commodities: a "Gold" product reads a "gold" deck), its price unit the product's price unit, and its currency
// the scenario's price currency (every product is priced in the primary's currency: one fx rate converts them all).
// Any mismatch is refused, like the primary's deck, under the product's path (products.<i>.priceDeckId).

export type ProductDeckContext = {
  /** The product's index among the scenario's products: the engine's path `products.<index>`. */
  index: number;
  priceCurrency: string;
  /** Calendar year of production period 1 (start year + construction periods). */
  firstProductionYear: number;
  productionPeriods: number;
};

/**
 * One price per production period from the product's deck, or why the deck cannot price it.
 * @example productDeckPrices(goldDeck, { name: "gold", priceUnit: "oz", priceDeckId: goldDeck.id }, { index: 0, priceCurrency: "USD", firstProductionYear: 2030, productionPeriods: 3 })
 */
export function productDeckPrices(
  deck: ModelPriceDeck | undefined,
  product: { name: string; priceUnit: string; priceDeckId: string },
  { index, priceCurrency, firstProductionYear, productionPeriods }: ProductDeckContext,
): DeckPriceResult {
  const path = `products.${index}.priceDeckId`;
  const issue = (rule: string, message: string): ValidationIssue => ({ path, rule, message });
  if (!deck || deck.id !== product.priceDeckId) {
    return { ok: false, issues: [issue("price_deck_not_found", `the price deck of product "${product.name}" no longer exists in this organisation`)] };
  }
  const issues: ValidationIssue[] = [];
  const commodity = product.name.trim().toLowerCase();
  if (deck.commodity !== commodity) {
    issues.push(issue("price_deck_commodity", `the price deck "${deck.name}" prices ${deck.commodity}, but the product is ${product.name}`));
  }
  if (deck.priceUnit !== product.priceUnit) {
    issues.push(issue("price_deck_unit", `the price deck "${deck.name}" is priced per ${deck.priceUnit}, but product "${product.name}" is priced per ${product.priceUnit}`));
  }
  if (deck.currency !== priceCurrency) {
    issues.push(issue("price_deck_currency", `the price deck "${deck.name}" is in ${deck.currency}, but the scenario's price currency is ${priceCurrency}`));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, prices: Array.from({ length: productionPeriods }, (_, i) => deckPriceForYear(deck, firstProductionYear + i)) };
}
