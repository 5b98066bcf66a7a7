import type { PriceDeckWithPrices } from "@/db/queries/price-decks";
import type { CreatePriceDeckInput } from "@/lib/validation/price-deck";

// Whether a deck of the file is the organisation's deck of the same name: same commodity, unit, currency,
// long-term price and the same price for the same years. Prices are compared as stored: numeric(24,8), so a file
// value is rounded to 8 decimals first (an exported price comes back bit for bit either way).

const DECIMALS = 8;

/** The value numeric(24,8) stores for `value`. */
function asStored(value: number): number {
  return Number(value.toFixed(DECIMALS));
}

/** The years whose price differs, or that only one of the two decks prices, ascending. */
function yearsThatDiffer(existing: PriceDeckWithPrices["prices"], file: CreatePriceDeckInput["prices"]): number[] {
  const stored = new Map(existing.map(({ year, price }) => [year, price]));
  const given = new Map(file.map(({ year, price }) => [year, asStored(price)]));
  const years = new Set([...stored.keys(), ...given.keys()]);
  return [...years].filter((year) => stored.get(year) !== given.get(year)).sort((a, b) => a - b);
}

/**
 * What differs between the organisation's deck and the file's, in words ("other prices (2031, 2032)"); empty when
 * the file's deck is that deck. Names are equal (that is how they were matched); descriptions are not compared.
 */
export function deckDifferences(existing: PriceDeckWithPrices, file: CreatePriceDeckInput): string[] {
  const differences: string[] = [];
  if (existing.commodity !== file.commodity) differences.push(`another commodity (${existing.commodity})`);
  if (existing.priceUnit !== file.priceUnit || existing.currency !== file.currency) {
    differences.push(`other units (${existing.currency}/${existing.priceUnit})`);
  }
  if (existing.longTermPrice !== asStored(file.longTermPrice)) differences.push(`another long-term price (${existing.longTermPrice})`);
  const years = yearsThatDiffer(existing.prices, file.prices);
  if (years.length > 0) {
    const shown = years.slice(0, 5).join(", ") + (years.length > 5 ? ` and ${years.length - 5} more` : "");
    differences.push(`other prices (${shown})`);
  }
  return differences;
}
