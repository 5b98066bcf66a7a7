import { COMMODITY_ALIASES } from "./commodity-defaults";

// The ranges a reviewer expects a study's inputs to fall in. They are review thresholds, not limits: a value
// outside them is allowed and may well be right (a bonanza vein, a heap leach at 45 % recovery), but it is
// the first thing an independent reviewer asks about, so the editor and the reports point it out. Orders of
// magnitude from typical feasibility studies, deliberately wide so that ordinary projects raise nothing.

export type UsualRange = { min: number; max: number };

export type CommodityRanges = {
  /** Head grade in `gradeUnit` (the commodity's usual quoting unit). */
  headGrade: UsualRange;
  gradeUnit: "pct" | "g_per_t" | "ppm";
  /** Operating cost per tonne processed, USD/t (mining, processing and G&A items on a per-tonne-processed basis). */
  opexUsdPerTProcessed: UsualRange;
};

/** Metallurgical recovery, %: below 50 the process is unusual, above 98 nearly no plant achieves. */
export const USUAL_RECOVERY_PCT: UsualRange = { min: 50, max: 98 };
/** Real discount rate, % per year: below 3 flatters a project, above 15 is a very high country or project risk. */
export const USUAL_DISCOUNT_RATE_PCT: UsualRange = { min: 3, max: 15 };

export const COMMODITY_RANGES: Readonly<Record<string, CommodityRanges>> = {
  copper: { headGrade: { min: 0.1, max: 5 }, gradeUnit: "pct", opexUsdPerTProcessed: { min: 2, max: 150 } },
  gold: { headGrade: { min: 0.3, max: 20 }, gradeUnit: "g_per_t", opexUsdPerTProcessed: { min: 5, max: 300 } },
  silver: { headGrade: { min: 20, max: 1000 }, gradeUnit: "g_per_t", opexUsdPerTProcessed: { min: 5, max: 300 } },
  zinc: { headGrade: { min: 1, max: 20 }, gradeUnit: "pct", opexUsdPerTProcessed: { min: 10, max: 200 } },
  lead: { headGrade: { min: 0.5, max: 15 }, gradeUnit: "pct", opexUsdPerTProcessed: { min: 10, max: 200 } },
};

export type NamedCommodityRanges = CommodityRanges & { /** The table's name, e.g. "gold" for "Au". */ commodity: string };

/** The usual ranges of a commodity, matched as `defaultsForCommodity` matches it; undefined for an unknown one. */
export function rangesForCommodity(commodity: string): NamedCommodityRanges | undefined {
  const name = commodity.trim().toLowerCase();
  const first = name.split(/[^a-z]+/).find(Boolean) ?? "";
  for (const key of [name, first]) {
    const canonical = COMMODITY_ALIASES[key] ?? key;
    const found = COMMODITY_RANGES[canonical];
    if (found) return { ...found, commodity: canonical };
  }
  return undefined;
}

/** How a grade unit reads after a number. */
export const GRADE_UNIT_SUFFIX: Readonly<Record<CommodityRanges["gradeUnit"], string>> = { pct: "%", g_per_t: "g/t", ppm: "ppm" };

/** Codes of the plausibility warnings. */
export const PLAUSIBILITY_CODES = [
  "head_grade_unusual",
  "recovery_unusual",
  "discount_rate_unusual",
  "opex_per_tonne_unusual",
  "period_outside_life",
] as const;
export type PlausibilityCode = (typeof PLAUSIBILITY_CODES)[number];

/** A value a reviewer would question: a warning, never an error (nothing refuses it). */
export type PlausibilityWarning = {
  code: PlausibilityCode;
  /** The input's field, e.g. "settings.discountRatePct", "production.headGrade". */
  field: string;
  /** The row it is about, e.g. "period 3" or an opex item's name; absent for a setting. */
  rowRef?: string;
  message: string;
};
