/**
 * The scenario model inputs: a plain JSON-serialisable object. Money is in the scenario currency
 * unless a field says "price currency"; every quantity carries its unit in its name.
 */
import { z } from "zod";
import { PERIOD_ZERO_TIMINGS, VALUATION_DATES } from "../finance/conventions";
import { GRADE_UNITS, PRICE_UNITS } from "./units";
import { currencyCode, perProductionPeriod, productSchema, smelterSchema } from "./schema-products";
import {
  capexItemSchema,
  consumptionItemSchema,
  equipmentItemSchema,
  nonNegative,
  opexItemSchema,
  percent,
  ratePct,
} from "./schema-items";


const timelineSchema = z.object({
  startYear: z.int().min(1900).max(2200),
  constructionPeriods: z.int().min(0).max(20),
  productionPeriods: z.int().min(1).max(100),
});

/** One entry per production period (index 0 = first production period). */
const productionSchema = z.object({
  oreMinedT: perProductionPeriod,
  wasteMinedT: perProductionPeriod.optional(),
  oreProcessedT: perProductionPeriod,
  /** In `commodity.gradeUnit`. */
  headGrade: perProductionPeriod,
  recoveryPct: z.array(percent),
});

const commoditySchema = z.object({
  name: z.string().max(100),
  gradeUnit: z.enum(GRADE_UNITS),
  priceUnit: z.enum(PRICE_UNITS),
  priceCurrency: currencyCode,
  /** Price currency per price unit: one flat value or one per production period (real terms). */
  price: z.union([nonNegative, perProductionPeriod]),
  /** Scenario currency per one unit of price currency (1 when they are the same). */
  fxRate: z.number().positive(),
});

const royaltiesSchema = z.object({
  nsrPct: percent,
  grossRevenuePct: percent,
  /** Scenario currency per price unit of metal recovered. */
  perUnitProduced: nonNegative,
  /** Scenario currency per production period: the royalty is at least this. */
  minimumPerPeriod: nonNegative,
});

const economicsSchema = z.object({
  terms: z.enum(["real", "nominal"]),
  /** Applied to every price and cost from period 0 when terms are nominal, %/year. */
  inflationPct: ratePct,
  discountRatePct: z.number().gt(-100).max(100),
  /** Period t's flow at the end (t + 1 years from the start of period 0) or the middle (t + 0.5) of its period. */
  discounting: z.enum(["end", "mid"]),
  /**
   * Where NPV is valued (finance/conventions.ts): the start of period 0 (V = 0), the end of period 0 (V = 1, the
   * default when absent) or the start of production (V = construction periods). Factor = (1 + r)^-(time_t − V).
   */
  valuationDate: z.enum(VALUATION_DATES).optional(),
  /**
   * "with_timing" (default when absent): period 0's flow follows `discounting` like every other period.
   * "at_valuation_date": period 0's flow stays at the valuation date (factor 1), e.g. the initial capital at t = 0
   * with mid-period flows after it. Only with a valuation date at the start or end of period 0 (validate.ts).
   */
  periodZeroTiming: z.enum(PERIOD_ZERO_TIMINGS).optional(),
  /** Lower end of the IRR search, % (default -99). Raise it (e.g. -50) to ignore the spurious low root a closure outlay creates. */
  irrMinRatePct: z.number().gt(-100).lt(1000).optional(),
});

const depreciationSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("straight_line"), lifeYears: z.int().min(1).max(100) }),
  z.object({ method: z.literal("units_of_production") }),
]);

const taxSchema = z.object({
  incomeTaxRatePct: percent,
  depreciation: depreciationSchema,
  lossCarryForward: z.boolean(),
});

const workingCapitalSchema = z.object({
  /** Days of net smelter revenue outstanding. */
  receivableDays: z.number().min(0).max(365),
  /** Days of operating cost unpaid. */
  payableDays: z.number().min(0).max(365),
});

export const scenarioModelInputsSchema = z.object({
  currency: currencyCode,
  timeline: timelineSchema,
  production: productionSchema,
  commodity: commoditySchema,
  smelter: smelterSchema,
  /**
   * Co- and by-products besides the primary product (`commodity`, `production.headGrade`/`recoveryPct`, `smelter`).
   * Absent or empty: the single-product model, evaluated exactly as before this field existed.
   */
  products: z.array(productSchema).max(20).optional(),
  royalties: royaltiesSchema,
  opexItems: z.array(opexItemSchema),
  consumptionItems: z.array(consumptionItemSchema),
  equipment: z.array(equipmentItemSchema),
  capexItems: z.array(capexItemSchema),
  /** Closure cost spent in the last period, salvage value received in the last period. */
  closure: z.object({ closureCost: nonNegative, salvageValue: nonNegative }),
  economics: economicsSchema,
  tax: taxSchema,
  workingCapital: workingCapitalSchema,
});

export type ScenarioModelInputs = z.infer<typeof scenarioModelInputsSchema>;
