import type { GRADE_UNITS, METAL_PRICE_UNITS } from "./scenarios";

// The revenue terms a new root scenario starts from, by the project's commodity: how its price and grade are
// usually quoted, how much of the metal a buyer pays for and the smelter's charges. They are starting points a
// study replaces (prices in USD per price unit, long-term consensus order of magnitude, not a forecast).

export type CommodityDefaults = {
  /** USD per `metalPriceUnit` of payable metal. */
  metalPrice: number;
  metalPriceUnit: (typeof METAL_PRICE_UNITS)[number];
  gradeUnit: (typeof GRADE_UNITS)[number];
  payablePct: number;
  /** % metal in the concentrate; null: sold as doré or metal, so no treatment charge applies. */
  concentrateGradePct: number | null;
  /** USD per dry metric tonne of concentrate; null with no concentrate. */
  treatmentChargePerDmt: number | null;
  /** USD per `metalPriceUnit` of payable metal; null: none. */
  refiningChargePerUnit: number | null;
};

/** Unknown commodities: a base metal in concentrate quoted per pound, with no smelter charges assumed. */
export const GENERIC_DEFAULTS: CommodityDefaults = {
  metalPrice: 4,
  metalPriceUnit: "lb",
  gradeUnit: "pct",
  payablePct: 96.5,
  concentrateGradePct: null,
  treatmentChargePerDmt: null,
  refiningChargePerUnit: null,
};

const noConcentrate = { concentrateGradePct: null, treatmentChargePerDmt: null } as const;

export const COMMODITY_DEFAULTS: Readonly<Record<string, CommodityDefaults>> = {
  copper: { metalPrice: 4, metalPriceUnit: "lb", gradeUnit: "pct", payablePct: 96.5, concentrateGradePct: 25, treatmentChargePerDmt: 80, refiningChargePerUnit: 0.08 },
  gold: { metalPrice: 2300, metalPriceUnit: "oz", gradeUnit: "g_per_t", payablePct: 99.5, ...noConcentrate, refiningChargePerUnit: null },
  silver: { metalPrice: 27, metalPriceUnit: "oz", gradeUnit: "g_per_t", payablePct: 99, ...noConcentrate, refiningChargePerUnit: null },
  zinc: { metalPrice: 1.2, metalPriceUnit: "lb", gradeUnit: "pct", payablePct: 85, concentrateGradePct: 50, treatmentChargePerDmt: 250, refiningChargePerUnit: null },
  lead: { metalPrice: 0.95, metalPriceUnit: "lb", gradeUnit: "pct", payablePct: 95, concentrateGradePct: 60, treatmentChargePerDmt: 150, refiningChargePerUnit: null },
};

/** Symbols and names a project may be given instead of the name the table uses. */
export const COMMODITY_ALIASES: Readonly<Record<string, string>> = { cu: "copper", au: "gold", ag: "silver", zn: "zinc", pb: "lead" };

/**
 * The defaults for a project's commodity, matched on its trimmed, lower-case name or chemical symbol; a
 * compound name ("copper-gold", "gold ore") takes its first word's. Anything else gets GENERIC_DEFAULTS.
 * @example defaultsForCommodity("Gold").metalPriceUnit // "oz"
 */
export function defaultsForCommodity(commodity: string): CommodityDefaults {
  const name = commodity.trim().toLowerCase();
  const first = name.split(/[^a-z]+/).find(Boolean) ?? "";
  for (const key of [name, first]) {
    const canonical = COMMODITY_ALIASES[key] ?? key;
    const found = COMMODITY_DEFAULTS[canonical];
    if (found) return found;
  }
  return GENERIC_DEFAULTS;
}
