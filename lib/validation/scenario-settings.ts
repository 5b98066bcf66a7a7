import { z } from "zod";
import { CASH_FLOW_TERMS, DEPRECIATION_METHODS, DISCOUNTING_CONVENTIONS, GRADE_UNITS, METAL_PRICE_UNITS, PERIOD_ZERO_TIMINGS, ROYALTY_TYPES, VALUATION_DATES } from "@/lib/domain/scenarios";
import { PRICE_SOURCES } from "@/lib/domain/price-decks";
import { currencyCodeSchema } from "./project";

// One schema per scenario setting, with the same ranges as the database CHECKs (db/schema/scenario-settings.ts),
// so a bad value is a 400 with a field error and never a constraint violation (500). The keys are exactly the
// stored settings: lib/scenarios/settings-rules.ts checks it at compile time (contracts cannot import the schema).

/** numeric(20,4) / numeric(24,8) hold 16 integer digits. */
const MAX_AMOUNT = 1e15;
const amount = z.number().nonnegative().max(MAX_AMOUNT);
const pct = z.number().min(0).max(100);
const int = (min: number, max: number) => z.int().min(min).max(max);
// The smallest positive values the columns keep (numeric scale 8 for rates, 6 for percentages): a smaller one would
// be stored as 0 and refused by the CHECK, so it is refused here, with the field's name.
const SMALLEST_RATE = 1e-8;
const SMALLEST_PCT = 1e-6;

export const SCENARIO_SETTING_SCHEMAS = {
  startYear: int(1900, 2200),
  lifeYears: int(1, 100),
  constructionPeriods: int(0, 20),
  currency: currencyCodeSchema,
  discountRatePct: pct,
  discounting: z.enum(DISCOUNTING_CONVENTIONS),
  valuationDate: z.enum(VALUATION_DATES),
  periodZeroTiming: z.enum(PERIOD_ZERO_TIMINGS),
  incomeTaxRatePct: pct,
  royaltyType: z.enum(ROYALTY_TYPES),
  royaltyRatePct: pct,
  royaltyPerUnit: amount,
  minimumRoyaltyPerPeriod: amount,
  depreciationMethod: z.enum(DEPRECIATION_METHODS),
  depreciationLifeYears: int(1, 100),
  taxLossCarryForward: z.boolean(),
  receivableDays: int(0, 365),
  payableDays: int(0, 365),
  closureCost: amount,
  salvageValue: amount,
  inflationPct: z.number().gt(-100).max(100),
  terms: z.enum(CASH_FLOW_TERMS),
  metalPrice: amount,
  metalPriceUnit: z.enum(METAL_PRICE_UNITS),
  priceCurrency: currencyCodeSchema,
  fxRate: z.number().min(SMALLEST_RATE, `must be at least ${SMALLEST_RATE}`).max(MAX_AMOUNT),
  /** flat: metalPrice in every production year; deck: the prices of the deck priceDeckId names. */
  priceSource: z.enum(PRICE_SOURCES),
  /** A price deck of the scenario's organisation (422 otherwise). */
  priceDeckId: z.uuid(),
  gradeUnit: z.enum(GRADE_UNITS),
  payablePct: pct,
  concentrateGradePct: z.number().min(SMALLEST_PCT, `must be at least ${SMALLEST_PCT} %`).max(100),
  treatmentChargePerDmt: amount,
  refiningChargePerUnit: amount,
  premiumPerUnit: amount,
  concentrateMoisturePct: z.number().min(0).max(100 - SMALLEST_PCT, `must be at most ${100 - SMALLEST_PCT} %`),
  moisturePenaltyThresholdPct: pct,
  moisturePenaltyPerDmtPerPct: amount,
  impurityContentPct: pct,
  impurityPenaltyThresholdPct: pct,
  impurityPenaltyPerDmtPerPct: amount,
} as const satisfies Record<string, z.ZodType>;

type SettingSchemas = typeof SCENARIO_SETTING_SCHEMAS;

/**
 * Every setting optional; null clears it (in a child: "inherit the parent's value again"; on a root only
 * for optional terms, checked by the service).
 */
export const scenarioSettingsPatchSchema = z.object(
  Object.fromEntries(
    Object.entries(SCENARIO_SETTING_SCHEMAS).map(([key, schema]) => [key, schema.nullable().optional()]),
  ) as { [K in keyof SettingSchemas]: z.ZodOptional<z.ZodNullable<SettingSchemas[K]>> },
);
export type ScenarioSettingsPatch = z.infer<typeof scenarioSettingsPatchSchema>;
