import type { ScenarioProduct } from "@/db/schema";
import type { ProductInput, ValidationIssue } from "@/lib/engine/model";
import type { ModelPriceDeck } from "./deck-prices";
import { productDeckPrices } from "./product-deck-prices";
import { toModelConcentrate } from "./to-model-concentrate";

// Product rows → the engine's `products` (issue #14; lib/engine/README.md, "Several products"). The engine wants
// grade and recovery per production period and the price flat or per production period. Money is in the primary's
// price currency.
// - price: the row's flat price; on a deck (priceDeckId), the deck's price of each production year
//   (product-deck-prices.ts), the flat price then unused.
// - head grade: headGradeByYear[i] for production year i + 1 while the schedule lasts, headGrade after it; a
//   schedule longer than the life is refused (rule head_grade_schedule_too_long). Recovery: the same every year.
// - concentrate terms: only when concentrateGradePct is set (to-model-concentrate.ts, as the primary's).
// A row without a deck, schedule or concentrate terms maps exactly as before they existed.

export type ProductMappingContext = {
  priceCurrency: string;
  productionPeriods: number;
  /** Calendar year of production period 1 (start year + construction periods). */
  firstProductionYear: number;
  /** The decks the rows name (loaded scoped by organisation: another's is absent). */
  decks?: readonly ModelPriceDeck[];
};

export type ModelProductsResult = { products: ProductInput[] | undefined; issues: ValidationIssue[] };

/**
 * The engine's products, or undefined when the scenario has none: the key is then left out, so a scenario without
 * products gives the engine exactly the inputs it always had (and the same bits).
 * @example toModelProducts(rows, { priceCurrency: "USD", productionPeriods: 12, firstProductionYear: 2028 })
 */
export function toModelProducts(rows: readonly ScenarioProduct[] | undefined, context: ProductMappingContext): ModelProductsResult {
  if (!rows || rows.length === 0) return { products: undefined, issues: [] };
  const issues: ValidationIssue[] = [];
  const products = rows.map((row, index) => {
    const price = mapPrice(row, index, context, issues);
    const headGrade = mapHeadGrade(row, index, context.productionPeriods, issues);
    const concentrate = toModelConcentrate(row);
    const product: ProductInput = {
      name: row.name,
      role: row.role,
      gradeUnit: row.gradeUnit,
      priceUnit: row.priceUnit,
      priceCurrency: context.priceCurrency,
      price,
      headGrade,
      recoveryPct: Array.from({ length: context.productionPeriods }, () => row.recoveryPct),
      smelter: {
        payablePct: row.payablePct,
        refiningChargePerUnit: row.refiningChargePerUnit,
        premiumPerUnit: row.premiumPerUnit,
        ...(concentrate ? { concentrate } : {}),
      },
    };
    return product;
  });
  return { products, issues };
}

function mapPrice(row: ScenarioProduct, index: number, context: ProductMappingContext, issues: ValidationIssue[]): number | number[] {
  if (row.priceDeckId === null) return row.price;
  const deck = context.decks?.find((candidate) => candidate.id === row.priceDeckId);
  const result = productDeckPrices(deck, { name: row.name, priceUnit: row.priceUnit, priceDeckId: row.priceDeckId }, { index, ...context });
  if (result.ok) return result.prices;
  issues.push(...result.issues);
  return row.price;
}

function mapHeadGrade(row: ScenarioProduct, index: number, productionPeriods: number, issues: ValidationIssue[]): number[] {
  const schedule = row.headGradeByYear ?? [];
  if (schedule.length > productionPeriods) {
    issues.push({
      path: `products.${index}.headGradeByYear`,
      rule: "head_grade_schedule_too_long",
      message: `product "${row.name}" has a head grade for ${schedule.length} production years, but the scenario produces for ${productionPeriods}`,
    });
  }
  return Array.from({ length: productionPeriods }, (_, i) => schedule[i] ?? row.headGrade);
}
