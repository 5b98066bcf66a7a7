import { COMMODITY_DEFAULTS, defaultsForCommodity, GENERIC_DEFAULTS, type CommodityDefaults } from "./commodity-defaults";
import type { GRADE_UNITS } from "./scenarios";

// Quick start (issue #15): a complete scenario from a handful of figures. The commodity picks the units and
// revenue terms (commodity-defaults.ts); the terms nobody is asked for are the new-scenario form's starting values.

/** The commodities the quick start knows; "other" takes the generic base-metal terms (USD/lb at % metal). */
export const QUICK_START_COMMODITIES = ["gold", "silver", "copper", "zinc", "lead", "other"] as const;
export type QuickStartCommodity = (typeof QUICK_START_COMMODITIES)[number];

export const QUICK_START_COMMODITY_LABELS: Record<QuickStartCommodity, string> = {
  gold: "Gold",
  silver: "Silver",
  copper: "Copper",
  zinc: "Zinc",
  lead: "Lead",
  other: "Other (priced per lb, grade in %)",
};

/** How the ore tonnage is given: tonnes processed each year, or over the whole life (spread evenly). */
export const TONNAGE_BASES = ["per_year", "total"] as const;
export type TonnageBasis = (typeof TONNAGE_BASES)[number];

/** The revenue terms of a quick-start commodity. */
export function quickStartTerms(commodity: QuickStartCommodity): CommodityDefaults {
  return COMMODITY_DEFAULTS[commodity] ?? GENERIC_DEFAULTS;
}

/** The quick-start commodity a project's commodity name stands for ("Au", "Gold ore" → gold), else "other". */
export function quickStartCommodityOf(projectCommodity: string): QuickStartCommodity {
  const terms = defaultsForCommodity(projectCommodity);
  return QUICK_START_COMMODITIES.find((commodity) => COMMODITY_DEFAULTS[commodity] === terms) ?? "other";
}

/**
 * The bounds of the quick start's figures: what a real mine can be, well beyond the largest operations (about
 * 150 Mt of ore a year), so a typo of a few orders of magnitude is caught and no real project is refused.
 */
export const QUICK_START_LIMITS = {
  oreProcessedTPerYearMax: 500_000_000,
  oreProcessedTTotalMax: 20_000_000_000,
  lifeYearsMax: 100,
  /** In the scenario's currency. */
  initialCapexMax: 1_000_000_000_000,
  /** In the scenario's currency per tonne processed. */
  opexPerTonneMax: 10_000,
  /** In the scenario currency per price unit. */
  metalPriceMax: 1_000_000_000,
} as const;

/** A head grade of 100 % metal in each grade unit: no ore is richer. */
export const MAX_HEAD_GRADE: Record<(typeof GRADE_UNITS)[number], number> = { pct: 100, g_per_t: 1_000_000, ppm: 1_000_000 };

/** Construction years before production: the one capex item is spent in period 0, production starts in period 1. */
export const QUICK_START_CONSTRUCTION_YEARS = 1;

/** The terms nobody is asked for, as the new-scenario form starts them (app/ui/scenarios/root-settings.ts). */
export const QUICK_START_FIXED_TERMS = {
  discounting: "end_of_period",
  terms: "real",
  inflationPct: 0,
  priceSource: "flat",
  fxRate: 1,
  incomeTaxRatePct: 27,
  royaltyType: "nsr",
  royaltyRatePct: 3,
  depreciationMethod: "straight_line",
  taxLossCarryForward: true,
  receivableDays: 30,
  payableDays: 30,
  closureCost: 0,
  salvageValue: 0,
} as const;

/** Straight-line depreciation over this many years, or the mine's life when it is shorter. */
export const QUICK_START_DEPRECIATION_YEARS = 8;
