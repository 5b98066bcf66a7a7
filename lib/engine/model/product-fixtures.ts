/** A two-product copper–gold scenario with round, hand-checkable numbers (not a test file itself). */
import type { ScenarioModelInputs } from "./schema";
import type { ProductInput } from "./schema-products";

/** Gold paid in the copper concentrate: no concentrate of its own, so no TC; 90 % payable, RC 5 USD/oz. */
export function buildGoldProduct(role: ProductInput["role"] = "by_product"): ProductInput {
  return {
    name: "gold",
    role,
    gradeUnit: "g_per_t",
    priceUnit: "oz",
    priceCurrency: "USD",
    price: [2000, 2200],
    headGrade: [0.5, 0.4],
    recoveryPct: [70, 70],
    smelter: { payablePct: 90, refiningChargePerUnit: 5, premiumPerUnit: 0 },
  };
}

/**
 * One construction year (100 M USD), two production years of 1 Mt at 1.0 % and 0.8 % Cu (USD/t copper, so the hand
 * arithmetic stays in tonnes), 20 USD/t milling, 5 M USD sustaining in period 2, 2 % NSR royalty, no tax, no working
 * capital, 10 % end-of-year discounting.
 */
export function buildCopperGoldInputs(role: ProductInput["role"] = "by_product"): ScenarioModelInputs {
  return {
    currency: "USD",
    timeline: { startYear: 2026, constructionPeriods: 1, productionPeriods: 2 },
    production: { oreMinedT: [1_000_000, 1_000_000], oreProcessedT: [1_000_000, 1_000_000], headGrade: [1.0, 0.8], recoveryPct: [90, 90] },
    commodity: { name: "copper", gradeUnit: "pct", priceUnit: "t", priceCurrency: "USD", price: 8800, fxRate: 1 },
    smelter: { payablePct: 96, refiningChargePerUnit: 200, premiumPerUnit: 0, concentrate: { gradePct: 25, treatmentChargePerDmt: 80, moisturePct: 8 } },
    products: [buildGoldProduct(role)],
    royalties: { nsrPct: 2, grossRevenuePct: 0, perUnitProduced: 0, minimumPerPeriod: 0 },
    opexItems: [{ id: "milling", name: "Milling", category: "processing", basis: "per_tonne_processed", unitCost: 20, quantity: 1, escalationPctPerYear: 0 }],
    consumptionItems: [],
    equipment: [],
    capexItems: [
      { id: "plant", name: "Plant", category: "infrastructure", kind: "initial", amount: 100_000_000, spendPeriod: 0, contingencyPct: 0 },
      { id: "tsf", name: "Tailings lift", category: "infrastructure", kind: "sustaining", amount: 5_000_000, spendPeriod: 2, contingencyPct: 0 },
    ],
    closure: { closureCost: 0, salvageValue: 0 },
    economics: { terms: "real", inflationPct: 0, discountRatePct: 10, discounting: "end" },
    tax: { incomeTaxRatePct: 0, depreciation: { method: "straight_line", lifeYears: 2 }, lossCarryForward: true },
    workingCapital: { receivableDays: 0, payableDays: 0 },
  };
}
