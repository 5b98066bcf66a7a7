/**
 * Unit conventions and conversion constants (exact by definition unless noted).
 * Metal masses are carried internally in the commodity's PRICE UNIT (lb, troy oz, t, kg or g).
 */

/** Kilograms per avoirdupois pound (international yard and pound agreement, 1959). */
export const KG_PER_LB = 0.45359237;
/** Kilograms per troy ounce (31.1034768 g). */
export const KG_PER_TROY_OZ = 0.0311034768;
/** Kilograms per metric tonne. */
export const KG_PER_TONNE = 1000;
/** Days per year used for daily costs and working-capital days (Excel's actual/365 too). */
export const DAYS_PER_YEAR = 365;

export const GRADE_UNITS = ["pct", "g_per_t", "ppm"] as const;
/** Head-grade unit: % metal by mass (base metals), grams per tonne or parts per million (= g/t). */
export type GradeUnit = (typeof GRADE_UNITS)[number];

export const PRICE_UNITS = ["lb", "oz", "t", "kg", "g"] as const;
/** Metal unit a price is quoted per: USD/lb (Cu, Ni, Zn), USD/oz troy (Au, Ag, PGM), USD/t, USD/kg, USD/g. */
export type PriceUnit = (typeof PRICE_UNITS)[number];

const KG_PER_PRICE_UNIT: Record<PriceUnit, number> = { lb: KG_PER_LB, oz: KG_PER_TROY_OZ, t: KG_PER_TONNE, kg: 1, g: 0.001 };
/** Kilograms of metal per tonne of ore for one unit of grade: 1 % = 10 kg/t, 1 g/t = 1 ppm = 0.001 kg/t. */
const KG_PER_TONNE_PER_GRADE_UNIT: Record<GradeUnit, number> = { pct: 10, g_per_t: 0.001, ppm: 0.001 };

/**
 * Price units of metal contained in one tonne of ore at a grade of 1 (in `gradeUnit`).
 * @example metalUnitsPerTonnePerGrade("pct", "lb") // 22.0462... (1 % Cu = 22.05 lb/t)
 */
export function metalUnitsPerTonnePerGrade(gradeUnit: GradeUnit, priceUnit: PriceUnit): number {
  return KG_PER_TONNE_PER_GRADE_UNIT[gradeUnit] / KG_PER_PRICE_UNIT[priceUnit];
}

/** Tonnes of metal per price unit (to turn payable metal into concentrate tonnes). */
export function tonnesPerPriceUnit(priceUnit: PriceUnit): number {
  return KG_PER_PRICE_UNIT[priceUnit] / KG_PER_TONNE;
}

/** Multipliers from a cost frequency to a yearly period (365 / 52 / 12 / 4 / 1). */
export const FREQUENCY_PER_YEAR = { daily: DAYS_PER_YEAR, weekly: 52, monthly: 12, quarterly: 4, annually: 1 } as const;
