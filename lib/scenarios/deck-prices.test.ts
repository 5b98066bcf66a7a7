import { describe, expect, it } from "vitest";
import { deckPriceForYear, deckPricesForProduction, type ModelPriceDeck } from "./deck-prices";

// The year-by-year rule of a price deck (deck-prices.ts), and when a deck cannot price a scenario.

const DECK: ModelPriceDeck = {
  id: "00000000-0000-4000-8000-00000000d0c1",
  name: "Consensus",
  commodity: "copper",
  priceUnit: "lb",
  currency: "USD",
  longTermPrice: 3.8,
  prices: [
    { year: 2030, price: 4.4 },
    { year: 2031, price: 4.2 },
    { year: 2033, price: 4.0 },
  ],
};
const SETTINGS = { startYear: 2027, constructionPeriods: 2, lifeYears: 8, metalPriceUnit: "lb", priceCurrency: "USD", currency: "USD", priceDeckId: DECK.id } as const;

describe("a price deck's price for a calendar year", () => {
  it.each([
    [2030, 4.4, "a priced year: its price"],
    [2033, 4.0, "the last priced year: its price"],
    [2034, 3.8, "after the last year: the long-term price"],
    [2099, 3.8, "long after: the long-term price"],
    [2029, 4.4, "before the first year: the first year's price"],
    [2032, 4.2, "a gap between priced years: the last priced year before it"],
  ])("%i → %d (%s)", (year, price) => {
    expect(deckPriceForYear(DECK, year)).toBe(price);
  });

  it("is the long-term price in every year for a deck without years", () => {
    expect(deckPriceForYear({ longTermPrice: 3.5, prices: [] }, 2030)).toBe(3.5);
  });
});

describe("a scenario's production-period prices from its deck", () => {
  it("prices production period i at calendar year startYear + constructionPeriods + i", () => {
    // Production runs 2029–2036: before the deck, priced years, a gap, then the long-term price.
    expect(deckPricesForProduction(DECK, SETTINGS, "Copper")).toEqual({ ok: true, prices: [4.4, 4.4, 4.2, 4.2, 4.0, 3.8, 3.8, 3.8] });
  });

  it("reads the price currency as the scenario currency when it is unset", () => {
    expect(deckPricesForProduction(DECK, { ...SETTINGS, priceCurrency: null }, "copper").ok).toBe(true);
  });

  it("refuses a deck of another price unit, currency or commodity, saying which and why", () => {
    const refused = deckPricesForProduction({ ...DECK, priceUnit: "t", currency: "EUR", commodity: "zinc" }, SETTINGS, "copper");
    expect(refused).toEqual({
      ok: false,
      issues: [
        { path: "settings.priceDeckId", rule: "price_deck_commodity", message: 'the price deck "Consensus" prices zinc, but the project\'s commodity is copper' },
        { path: "settings.priceDeckId", rule: "price_deck_unit", message: 'the price deck "Consensus" is priced per t, but the scenario\'s metal price unit is lb' },
        { path: "settings.priceDeckId", rule: "price_deck_currency", message: 'the price deck "Consensus" is in EUR, but the scenario\'s price currency is USD' },
      ],
    });
  });

  it("refuses a scenario on a deck without one, or whose deck is gone", () => {
    const rules = (result: ReturnType<typeof deckPricesForProduction>) => (result.ok ? [] : result.issues.map((issue) => issue.rule));
    expect(rules(deckPricesForProduction(DECK, { ...SETTINGS, priceDeckId: null }, "copper"))).toEqual(["price_deck_missing"]);
    expect(rules(deckPricesForProduction(null, SETTINGS, "copper"))).toEqual(["price_deck_not_found"]);
  });
});
