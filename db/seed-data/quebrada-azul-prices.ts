import type { NewPriceDeck, NewScenario, NewScenarioProduct } from "../schema";

// The demo's price deck and the branch of the base case that uses it; the branch that adds a gold by-product. Copper in USD per lb, real terms: the
// consensus of a fictional bank panel, declining from today's price to a long-term 4.00 USD/lb from 2035. It
// prices the demo's calendar years 2027–2034 (construction 2027–2028, production from 2029); every later year
// takes the long-term price.

export const CONSENSUS_DECK = {
  name: "Consensus copper (long term 4.00)",
  description: "Fictional bank-panel consensus, real USD: easing from 4.70 USD/lb to a long-term 4.00 USD/lb from 2035.",
  commodity: "copper",
  priceUnit: "lb",
  currency: "USD",
  longTermPrice: 4,
} as const satisfies Omit<NewPriceDeck, "organisationId">;

/** USD/lb by calendar year. */
export const CONSENSUS_PRICES: readonly { year: number; price: number }[] = [
  { year: 2027, price: 4.7 },
  { year: 2028, price: 4.65 },
  { year: 2029, price: 4.6 },
  { year: 2030, price: 4.5 },
  { year: 2031, price: 4.4 },
  { year: 2032, price: 4.3 },
  { year: 2033, price: 4.2 },
  { year: 2034, price: 4.1 },
];

/** A branch of the base case that stores nothing but its price source and deck. */
export const DECK_SCENARIO = {
  name: "Consensus price deck",
  description: "The base case with copper from the consensus price deck: 4.60 USD/lb in 2029 easing to 4.00 USD/lb from 2035.",
  status: "draft",
  priceSource: "deck",
} as const satisfies Omit<NewScenario, "projectId" | "parentScenarioId" | "priceDeckId">;

/**
 * A branch of the base case that pays the gold reporting to the copper concentrate as a by-product (the base case
 * stays copper only, its figures unchanged). 0.12 g/t Au at 65 % recovery, 90 % payable, 2,300 USD/oz less a
 * 6 USD/oz refining charge: about 27,000 payable oz a year at 12 Mt/yr milled, credited against copper's AISC.
 */
export const BY_PRODUCT_SCENARIO = {
  name: "Copper–gold (gold by-product)",
  description: "The base case with the gold in the copper concentrate paid as a by-product; its net revenue is credited against the AISC of copper.",
  status: "draft",
} as const satisfies Omit<NewScenario, "projectId" | "parentScenarioId">;

export const GOLD_BY_PRODUCT = {
  name: "Gold",
  role: "by_product",
  gradeUnit: "g_per_t",
  priceUnit: "oz",
  price: 2300,
  headGrade: 0.12,
  recoveryPct: 65,
  payablePct: 90,
  refiningChargePerUnit: 6,
  premiumPerUnit: 0,
} as const satisfies Omit<NewScenarioProduct, "scenarioId">;
