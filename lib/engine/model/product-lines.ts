/** Per-product revenue lines of one evaluation (multi-product scenarios only). */

/** One product's revenue lines per project period (length N); metal in its price unit, money in the scenario currency. */
export type ProductLines = {
  metalRecoveredUnits: Float64Array;
  payableMetalUnits: Float64Array;
  concentrateDmt: Float64Array;
  grossRevenue: Float64Array;
  premiums: Float64Array;
  treatmentCharges: Float64Array;
  refiningCharges: Float64Array;
  penalties: Float64Array;
  netSmelterReturn: Float64Array;
  /** This product's royalty; the primary's row also carries any top-up to the scenario's minimum royalty. */
  royalties: Float64Array;
};

export const PRODUCT_LINE_NAMES = [
  "metalRecoveredUnits",
  "payableMetalUnits",
  "concentrateDmt",
  "grossRevenue",
  "premiums",
  "treatmentCharges",
  "refiningCharges",
  "penalties",
  "netSmelterReturn",
  "royalties",
] as const satisfies readonly (keyof ProductLines)[];

/** Lines whose total is the sum over the products: money and concentrate tonnes (metal is in each product's unit). */
export const SUMMED_LINE_NAMES = PRODUCT_LINE_NAMES.filter((name) => name !== "metalRecoveredUnits" && name !== "payableMetalUnits");

/**
 * Buffers for every product, primary first: `productCount` + 1 entries, or none for a single-product model so
 * that its scratch (and evaluation) is exactly what it was before products existed.
 */
export function createProductLines(productCount: number, periodCount: number): ProductLines[] {
  if (productCount === 0) return [];
  return Array.from({ length: productCount + 1 }, () => Object.fromEntries(PRODUCT_LINE_NAMES.map((name) => [name, new Float64Array(periodCount)])) as ProductLines);
}
