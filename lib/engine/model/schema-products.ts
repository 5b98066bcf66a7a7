/**
 * Smelter terms and the co- and by-products of a scenario. The primary product is the scenario's `commodity` with
 * `production.headGrade`, `production.recoveryPct` and `smelter`; `products` adds any others, each with its own grade,
 * recovery, price and smelter terms in the same units as the primary's fields.
 */
import { z } from "zod";
import { nonNegative, percent } from "./schema-items";
import { GRADE_UNITS, PRICE_UNITS } from "./units";

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, "must be an ISO-4217 code such as USD");
export const perProductionPeriod = z.array(nonNegative);

/**
 * `primary`: the scenario's `commodity` (never listed in `products`). `co_product`: its costs and revenue count like
 * the primary's, no credit in AISC. `by_product`: its net smelter return is credited against the primary's AISC.
 */
export const PRODUCT_ROLES = ["primary", "co_product", "by_product"] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

const penaltySchema = z.object({
  thresholdPct: percent,
  /** Price currency per dry tonne of concentrate for each percentage point above the threshold. */
  chargePerDmtPerPct: nonNegative,
});

const concentrateSchema = z.object({
  /** Metal content of the concentrate, % (> 0). */
  gradePct: z.number().gt(0).max(100),
  /** Price currency per dry metric tonne of concentrate. */
  treatmentChargePerDmt: nonNegative,
  moisturePct: z.number().min(0).lt(100),
  moisturePenalty: penaltySchema.optional(),
  impurityPenalty: penaltySchema.extend({ contentPct: percent }).optional(),
});

export const smelterSchema = z.object({
  payablePct: percent,
  /** Price currency per payable price unit (e.g. USD/lb Cu, USD/oz Au). */
  refiningChargePerUnit: nonNegative,
  /** Premium or by-product credit, price currency per payable price unit. */
  premiumPerUnit: nonNegative,
  /** Absent when the product pays no treatment charge of its own (e.g. gold paid in a copper concentrate). */
  concentrate: concentrateSchema.optional(),
});

/** A co- or by-product: same fields and units as the primary's, its price in the primary's price currency. */
export const productSchema = z.object({
  name: z.string().min(1).max(100),
  role: z.enum(PRODUCT_ROLES),
  gradeUnit: z.enum(GRADE_UNITS),
  priceUnit: z.enum(PRICE_UNITS),
  /** Must equal `commodity.priceCurrency`: one `commodity.fxRate` converts every product's money. */
  priceCurrency: currencyCode,
  /** Price currency per price unit: one flat value or one per production period (real terms). */
  price: z.union([nonNegative, perProductionPeriod]),
  /** One per production period, in `gradeUnit`. */
  headGrade: perProductionPeriod,
  /** One per production period, %. */
  recoveryPct: z.array(percent),
  smelter: smelterSchema,
});

export type ProductInput = z.infer<typeof productSchema>;
