import { z } from "zod";
import { PRODUCT_ROLES } from "@/lib/domain/products";
import { GRADE_UNITS, METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import { lineageId, nonNegativeNumber, percentage, requiredText, rowListQuery, scenarioVersion, sortOrder } from "./common";

/** Upper bound of numeric(24, 8): 16 integer digits. */
const NUMERIC_LIMIT = 1e16;

/**
 * Every column of a co- or by-product a caller sets (mirrors scenario_products and its CHECKs). Money is in the
 * scenario's price currency (the primary's); the head grade holds for every production period.
 */
export const productFieldsSchema = z.object({
  /** Unique among the scenario's products (case-insensitive) and not the project's commodity: checked on write. */
  name: requiredText.max(100),
  role: z.enum(PRODUCT_ROLES),
  gradeUnit: z.enum(GRADE_UNITS),
  priceUnit: z.enum(METAL_PRICE_UNITS),
  /** Price currency per price unit, real terms. */
  price: z.number().gt(0, "Must be greater than 0").lt(NUMERIC_LIMIT),
  /** In gradeUnit, every production period. */
  headGrade: nonNegativeNumber,
  recoveryPct: percentage,
  payablePct: percentage,
  /** Price currency per payable price unit. */
  refiningChargePerUnit: nonNegativeNumber,
  /** Price currency per payable price unit. */
  premiumPerUnit: nonNegativeNumber,
});

/** A grade in % above 100 is impossible (the engine refuses it too). */
function checkGradeInPct(row: { gradeUnit?: string; headGrade?: number }, ctx: z.RefinementCtx): void {
  if (row.gradeUnit === "pct" && row.headGrade !== undefined && row.headGrade > 100) {
    ctx.addIssue({ code: "custom", path: ["headGrade"], message: "A grade in % must not exceed 100" });
  }
}

const productRowSchema = productFieldsSchema.extend({
  refiningChargePerUnit: nonNegativeNumber.default(0),
  premiumPerUnit: nonNegativeNumber.default(0),
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
