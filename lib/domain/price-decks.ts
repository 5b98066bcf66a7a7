// Price decks: named price forecasts per organisation (a price per commodity per year and a long-term price after
// the last year), and how a scenario chooses between its flat metal price and a deck.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

/** flat: the scenario's metal_price in every production year; deck: a price deck's price for each year. */
export const PRICE_SOURCES = ["flat", "deck"] as const;
export type PriceSource = (typeof PRICE_SOURCES)[number];

export const PRICE_SOURCE_LABELS: Record<PriceSource, string> = {
  flat: "Flat price",
  deck: "Price deck",
};

export const PRICE_DECK_LIMITS = {
  nameMaxLength: 100,
  descriptionMaxLength: 5000,
  commodityMaxLength: 100,
  /** Priced years per deck. */
  maxYears: 100,
  minYear: 1900,
  maxYear: 2200,
} as const;
