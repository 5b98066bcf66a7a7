/** Cross-field rules of the co- and by-products (`products`); zod has checked each field's range already. */
import type { ScenarioModelInputs } from "./schema";

export type Report = (path: (string | number)[], rule: string, message: string) => void;

/**
 * Schedules one per production period, grades in % at most 100, the primary's price currency (one fx rate converts
 * all money), names unique across every product (primary included, case-insensitive), role never `primary`.
 */
export function checkProducts(inputs: ScenarioModelInputs, report: Report): void {
  const products = inputs.products ?? [];
  const n = inputs.timeline.productionPeriods;
  const seen = new Set([inputs.commodity.name.trim().toLowerCase()]);
  products.forEach((product, i) => {
    const at = (...path: (string | number)[]): (string | number)[] => ["products", i, ...path];
    if (product.role === "primary") report(at("role"), "single_primary", "the primary product is `commodity`; list only co_product or by_product here");
    const key = product.name.trim().toLowerCase();
    if (seen.has(key)) report(at("name"), "unique_product_name", `product name "${product.name}" is used twice (the primary is "${inputs.commodity.name}")`);
    seen.add(key);
    if (product.priceCurrency !== inputs.commodity.priceCurrency) {
      report(at("priceCurrency"), "same_price_currency", `price currency ${product.priceCurrency} differs from the primary's ${inputs.commodity.priceCurrency} (one fx rate converts every product)`);
    }
    const schedules: [string, readonly number[] | number][] = [["headGrade", product.headGrade], ["recoveryPct", product.recoveryPct], ["price", product.price]];
    for (const [name, values] of schedules) {
      if (Array.isArray(values) && values.length !== n) report(at(name), "length_matches_production_periods", `has ${values.length} entries, expected ${n} (one per production period)`);
    }
    if (product.gradeUnit === "pct") {
      product.headGrade.forEach((grade, t) => {
        if (grade > 100) report(at("headGrade", t), "max", `a grade in % cannot exceed 100 (got ${grade})`);
      });
    }
  });
}
