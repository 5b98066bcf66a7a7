import type { ScenarioProduct } from "@/db/schema";
import type { ProductInput } from "@/lib/engine/model";

// Product rows → the engine's `products` (issue #14; lib/engine/README.md, "Several products"). A row holds one
// head grade, recovery and price for the whole life; the engine wants grade and recovery per production period,
// so each is repeated for every production period. Money is in the primary's price currency.

/**
 * The engine's products, or undefined when the scenario has none: the key is then left out, so a scenario without
 * products gives the engine exactly the inputs it always had (and the same bits).
 * @example toModelProducts(rows, { priceCurrency: "USD", productionPeriods: 12 })
 */
export function toModelProducts(
  rows: readonly ScenarioProduct[] | undefined,
  { priceCurrency, productionPeriods }: { priceCurrency: string; productionPeriods: number },
): ProductInput[] | undefined {
  if (!rows || rows.length === 0) return undefined;
  const everyPeriod = (value: number) => Array.from({ length: productionPeriods }, () => value);
  return rows.map((row) => ({
    name: row.name,
    role: row.role,
    gradeUnit: row.gradeUnit,
    priceUnit: row.priceUnit,
    priceCurrency,
    price: row.price,
    headGrade: everyPeriod(row.headGrade),
    recoveryPct: everyPeriod(row.recoveryPct),
    smelter: {
      payablePct: row.payablePct,
      refiningChargePerUnit: row.refiningChargePerUnit,
      premiumPerUnit: row.premiumPerUnit,
    },
  }));
}
