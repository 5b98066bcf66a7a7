/** Scenario inputs shared by the model tests (not a test file itself). */
import type { ScenarioModelInputs } from "./schema";

/** Small copper mine: 3 construction years, 5 production years, hand-checkable numbers. */
export function buildGoldenInputs(): ScenarioModelInputs {
  return {
    currency: "USD",
    timeline: { startYear: 2026, constructionPeriods: 3, productionPeriods: 5 },
    production: {
      oreMinedT: [1_000_000, 1_200_000, 1_200_000, 1_200_000, 900_000],
      wasteMinedT: [3_000_000, 3_000_000, 2_500_000, 2_000_000, 1_000_000],
      oreProcessedT: [1_000_000, 1_200_000, 1_200_000, 1_200_000, 900_000],
      headGrade: [0.8, 0.75, 0.7, 0.7, 0.6],
      recoveryPct: [88, 90, 90, 90, 89],
    },
    commodity: { name: "copper", gradeUnit: "pct", priceUnit: "lb", priceCurrency: "USD", price: 4, fxRate: 1 },
    smelter: {
      payablePct: 96.5,
      refiningChargePerUnit: 0.08,
      premiumPerUnit: 0,
      concentrate: { gradePct: 25, treatmentChargePerDmt: 80, moisturePct: 9, moisturePenalty: { thresholdPct: 8, chargePerDmtPerPct: 1.5 } },
    },
    royalties: { nsrPct: 2, grossRevenuePct: 0, perUnitProduced: 0, minimumPerPeriod: 0 },
    opexItems: [
      { id: "mining", name: "Mining", category: "mining", basis: "per_tonne_mined", unitCost: 2.5, quantity: 1, escalationPctPerYear: 0 },
      { id: "milling", name: "Milling", category: "processing", basis: "per_tonne_processed", unitCost: 9, quantity: 1, escalationPctPerYear: 2 },
      { id: "ga", name: "G&A", category: "g_and_a", basis: "monthly", unitCost: 250_000, quantity: 1, escalationPctPerYear: 0 },
    ],
    consumptionItems: [{ id: "lime", resourceType: "reagent", unit: "kg", ratePerTonneProcessed: 1.2, unitPrice: 0.15 }],
    equipment: [
      { id: "truck", name: "Haul truck", type: "truck", quantity: 4, purchaseCostPerUnit: 2_000_000, purchasePeriod: 2, operatingCostPerHour: 150, scheduledHoursPerYear: 6000, availabilityPct: 85, lifeYears: 4 },
    ],
    capexItems: [
      { id: "plant", name: "Process plant", category: "infrastructure", kind: "initial", amount: 40_000_000, spendPeriod: 1, contingencyPct: 15 },
      { id: "prestrip", name: "Pre-strip", category: "development", kind: "initial", amount: 10_000_000, spendPeriod: 0, contingencyPct: 10 },
      { id: "tsf-lift", name: "Tailings lift", category: "infrastructure", kind: "sustaining", amount: 3_000_000, spendPeriod: 5, contingencyPct: 0 },
    ],
    closure: { closureCost: 6_000_000, salvageValue: 1_500_000 },
    economics: { terms: "real", inflationPct: 0, discountRatePct: 8, discounting: "end" },
    tax: { incomeTaxRatePct: 30, depreciation: { method: "straight_line", lifeYears: 4 }, lossCarryForward: true },
    workingCapital: { receivableDays: 30, payableDays: 45 },
  };
}

/** A copy with a change applied (inputs are plain JSON). */
export function withChanges(change: (inputs: ScenarioModelInputs) => void): ScenarioModelInputs {
  const copy = structuredClone(buildGoldenInputs());
  change(copy);
  return copy;
}
