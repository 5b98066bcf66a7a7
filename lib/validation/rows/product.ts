import { z } from "zod";
import { PRODUCT_ROLES } from "@/lib/domain/products";
import { GRADE_UNITS, METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import { lineageId, nonNegativeNumber, percentage, requiredText, rowListQuery, scenarioVersion, sortOrder } from "./common";

/** Upper bound of numeric(24, 8): 16 integer digits. */
const NUMERIC_LIMIT = 1e16;
/** A schedule never covers more years than the longest life a scenario may have (settings lifeYears ≤ 100). */
export const MAX_HEAD_GRADE_YEARS = 100;
/** As the scenario's concentrate grade: above 0 and at most 100 %. */
const SMALLEST_PCT = 1e-6;

const nullablePct = percentage.nullable();
const nullableAmount = nonNegativeNumber.nullable();

/**
 * A product's own concentrate terms, as the scenario's for the primary: they apply only when concentrateGradePct
 * is set, each penalty only when all its terms are. NULL: the product pays no treatment charge or penalty of its own.
 */
export const productConcentrateFields = {
  concentrateGradePct: z.number().min(SMALLEST_PCT, `Must be at least ${SMALLEST_PCT} %`).max(100, "Must not exceed 100").nullable(),
  /** Price currency per dry metric tonne of concentrate. */
  treatmentChargePerDmt: nullableAmount,
  concentrateMoisturePct: z.number().min(0, "Must not be negative").max(100 - SMALLEST_PCT, "Must be below 100").nullable(),
  moisturePenaltyThresholdPct: nullablePct,
  /** Price currency per dmt for each percentage point above the threshold. */
  moisturePenaltyPerDmtPerPct: nullableAmount,
  impurityContentPct: nullablePct,
  impurityPenaltyThresholdPct: nullablePct,
  /** Price currency per dmt for each percentage point above the threshold. */
  impurityPenaltyPerDmtPerPct: nullableAmount,
};

/**
 * Every column of a co- or by-product a caller sets (mirrors scenario_products and its CHECKs). Money is in the
 * scenario's price currency (the primary's). Price: flat, or a deck's year prices; head grade: constant, or a
 * schedule for the first production years and the constant after it.
 */
export const productFieldsSchema = z.object({
  /** Unique among the scenario's products (case-insensitive) and not the project's commodity: checked on write. */
  name: requiredText.max(100),
  role: z.enum(PRODUCT_ROLES),
  gradeUnit: z.enum(GRADE_UNITS),
  priceUnit: z.enum(METAL_PRICE_UNITS),
  /** Price currency per price unit, real terms; kept but not used while priceDeckId names a deck. */
  price: z.number().gt(0, "Must be greater than 0").lt(NUMERIC_LIMIT),
  /**
   * A price deck of the scenario's organisation (checked on write: another's reads as a missing one, 422). Its
   * commodity must be the product's name, its unit the product's price unit, its currency the scenario's price
   * currency (checked when the scenario is evaluated).
   */
  priceDeckId: z.uuid().transform((id) => id.toLowerCase()).nullable(),
  /** In gradeUnit, every production period the schedule does not cover. */
  headGrade: nonNegativeNumber,
  /**
   * In gradeUnit, production year 1 first; the years after it take headGrade. Longer than the scenario's life is
   * refused when the scenario is evaluated (rule head_grade_schedule_too_long). Null: headGrade every year.
   */
  headGradeByYear: z.array(nonNegativeNumber).min(1, "Give at least one year, or leave it empty").max(MAX_HEAD_GRADE_YEARS).nullable(),
  recoveryPct: percentage,
  payablePct: percentage,
  /** Price currency per payable price unit. */
  refiningChargePerUnit: nonNegativeNumber,
  /** Price currency per payable price unit. */
  premiumPerUnit: nonNegativeNumber,
  ...productConcentrateFields,
});

/** A grade in % above 100 is impossible (the engine refuses it too), in the constant and in every scheduled year. */
function checkGradeInPct(row: { gradeUnit?: string; headGrade?: number; headGradeByYear?: number[] | null }, ctx: z.RefinementCtx): void {
  if (row.gradeUnit !== "pct") return;
  if (row.headGrade !== undefined && row.headGrade > 100) {
    ctx.addIssue({ code: "custom", path: ["headGrade"], message: "A grade in % must not exceed 100" });
  }
  if (row.headGradeByYear?.some((grade) => grade > 100)) {
    ctx.addIssue({ code: "custom", path: ["headGradeByYear"], message: "A grade in % must not exceed 100" });
  }
}

/** What a new row leaves out: no deck, no schedule, no concentrate terms, no refining charge or premium. */
const productRowSchema = productFieldsSchema.extend({
  refiningChargePerUnit: nonNegativeNumber.default(0),
  premiumPerUnit: nonNegativeNumber.default(0),
  priceDeckId: productFieldsSchema.shape.priceDeckId.default(null),
  headGradeByYear: productFieldsSchema.shape.headGradeByYear.default(null),
  concentrateGradePct: productConcentrateFields.concentrateGradePct.default(null),
  treatmentChargePerDmt: productConcentrateFields.treatmentChargePerDmt.default(null),
  concentrateMoisturePct: productConcentrateFields.concentrateMoisturePct.default(null),
  moisturePenaltyThresholdPct: productConcentrateFields.moisturePenaltyThresholdPct.default(null),
  moisturePenaltyPerDmtPerPct: productConcentrateFields.moisturePenaltyPerDmtPerPct.default(null),
  impurityContentPct: productConcentrateFields.impurityContentPct.default(null),
  impurityPenaltyThresholdPct: productConcentrateFields.impurityPenaltyThresholdPct.default(null),
  impurityPenaltyPerDmtPerPct: productConcentrateFields.impurityPenaltyPerDmtPerPct.default(null),
});

export const createProductSchema = productRowSchema.superRefine(checkGradeInPct);
export const bulkProductRowSchema = productRowSchema.extend({ lineageId: lineageId.optional() }).superRefine(checkGradeInPct);
export const updateProductSchema = productFieldsSchema.partial().extend({ version: scenarioVersion }).superRefine(checkGradeInPct);

export const PRODUCT_SORT_FIELDS = ["name", "role", "price"] as const;
export const listProductQuerySchema = rowListQuery.extend({
  role: z.enum(PRODUCT_ROLES).optional(),
  sort: z.enum(PRODUCT_SORT_FIELDS).default("name"),
  order: sortOrder,
});

export type ProductRowInput = z.infer<typeof createProductSchema>;
export type ListProductQuery = z.infer<typeof listProductQuerySchema>;
