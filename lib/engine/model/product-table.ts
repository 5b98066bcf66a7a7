/** The per-product part of the cash-flow table (multi-product scenarios only). */
import type { CompiledModel } from "./compiled-model";
import { PRODUCT_LINE_NAMES, type ProductLines } from "./product-lines";
import { primaryEquivalentUnitsPerPeriod } from "./product-metrics";
import type { ProductRole } from "./schema-products";
import type { EvaluationScratch } from "./scratch";
import type { GradeUnit, PriceUnit } from "./units";

/**
 * One product's lines, one entry per project period (index = period). Metal in `priceUnit`, money in the scenario
 * currency; the table's rows hold the totals of the money lines and concentrate tonnes (each the sum of these arrays over the
 * products) and the primary's metal.
 */
export type ProductCashFlow = { name: string; role: ProductRole; priceUnit: PriceUnit; gradeUnit: GradeUnit; headGrade: number[]; priceReal: number[] } & Record<keyof ProductLines, number[]>;

export type ProductTables = {
  /** Primary first, then `products` in input order. */
  products: ProductCashFlow[];
  /** Σ_i payable_i × price_i / price_primary per period, in the primary's price unit. */
  primaryEquivalentUnits: number[];
};

/** The product arrays of an evaluated scratch; null for a single-product model (its table is unchanged). */
export function buildProductTables(model: CompiledModel, s: EvaluationScratch): ProductTables | null {
  if (model.products.length === 0) return null;
  const { commodity } = model.inputs;
  const heads = [
    { name: commodity.name, role: "primary" as const, priceUnit: commodity.priceUnit, gradeUnit: commodity.gradeUnit, headGrade: model.headGrade, priceReal: model.priceReal },
    ...model.products,
  ];
  const products = heads.map((head, k) => {
    const lines = s.products[k];
    const arrays = Object.fromEntries(PRODUCT_LINE_NAMES.map((name) => [name, Array.from(lines?.[name] ?? [])])) as Record<keyof ProductLines, number[]>;
    return { name: head.name, role: head.role, priceUnit: head.priceUnit, gradeUnit: head.gradeUnit, headGrade: Array.from(head.headGrade), priceReal: Array.from(head.priceReal), ...arrays };
  });
  return { products, primaryEquivalentUnits: Array.from(primaryEquivalentUnitsPerPeriod(model, s)) };
}
