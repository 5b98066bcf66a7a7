import { describe, expect, it } from "vitest";
import type { ScenarioProduct } from "@/db/schema";
import { computeCashFlowTable } from "@/lib/engine/model";
import { buildDemoModelSource } from "@/tests/support/scenario-fixtures";
import { toModelInputs, type ModelSource } from "./to-model-inputs";

// Product rows reach the engine (issue #14): none leaves the inputs and the cash flow exactly as before; a gold
// by-product adds payable gold × price × fx to each production year's gross revenue, checked by hand.

const GRAMS_PER_TROY_OZ = 31.1034768;

function goldRow(overrides: Partial<ScenarioProduct> = {}): ScenarioProduct {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    scenarioId: "00000000-0000-4000-8000-000000000002",
    lineageId: "00000000-0000-4000-8000-000000000003",
    createdAt: new Date(0),
    updatedAt: new Date(0),
    name: "gold",
    role: "by_product",
    gradeUnit: "g_per_t",
    priceUnit: "oz",
    price: 2000,
    headGrade: 0.2,
    recoveryPct: 65,
    payablePct: 92,
    refiningChargePerUnit: 5,
    premiumPerUnit: 0,
    priceDeckId: null,
    headGradeByYear: null,
    concentrateGradePct: null,
    treatmentChargePerDmt: null,
    concentrateMoisturePct: null,
    moisturePenaltyThresholdPct: null,
    moisturePenaltyPerDmtPerPct: null,
    impurityContentPct: null,
    impurityPenaltyThresholdPct: null,
    impurityPenaltyPerDmtPerPct: null,
    ...overrides,
  };
}

function inputsOf(change: (source: ModelSource) => void = () => {}) {
  const source = buildDemoModelSource();
  change(source);
  const result = toModelInputs(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.inputs;
}

describe("product rows → engine products", () => {
  it("leaves the key out without products, so the inputs and the cash flow are those of before, bit for bit", () => {
    // One source mapped twice (the fixture's row ids are random per build).
    const source = buildDemoModelSource();
    const mappedBefore = toModelInputs(source);
    const mappedEmpty = toModelInputs({ ...source, rows: { ...source.rows, products: [] } });
    if (!mappedBefore.ok || !mappedEmpty.ok) throw new Error("the demo base case does not map");
    const [before, empty] = [mappedBefore.inputs, mappedEmpty.inputs];
    expect(before).not.toHaveProperty("products");
    expect(empty).not.toHaveProperty("products");
    expect(empty).toEqual(before);
    expect(JSON.stringify(empty)).toBe(JSON.stringify(before));
    expect(JSON.stringify(computeCashFlowTable(empty))).toBe(JSON.stringify(computeCashFlowTable(before)));
  });

  it("repeats the row's grade and recovery for every production year and prices in the primary's currency", () => {
    const inputs = inputsOf((s) => Object.assign(s.rows, { products: [goldRow()] }));
    expect(inputs.products).toEqual([
      {
        name: "gold",
        role: "by_product",
        gradeUnit: "g_per_t",
        priceUnit: "oz",
        priceCurrency: "USD",
        price: 2000,
        headGrade: Array.from({ length: 15 }, () => 0.2),
        recoveryPct: Array.from({ length: 15 }, () => 65),
        smelter: { payablePct: 92, refiningChargePerUnit: 5, premiumPerUnit: 0 },
      },
    ]);
  });

  it("adds payable gold × price × fx to each production year's gross revenue (worked by hand)", () => {
    // A price currency other than the scenario's, so the fx rate is not 1: 1.25 USD per EUR.
    const fx = (s: ModelSource) => Object.assign(s.settings, { priceCurrency: "EUR", fxRate: 1.25 });
    const without = computeCashFlowTable(inputsOf(fx));
    const withGold = computeCashFlowTable(inputsOf((s) => (fx(s), Object.assign(s.rows, { products: [goldRow()] }))));
    const production = inputsOf().production;
    production.oreProcessedT.forEach((oreT, index) => {
      const period = 2 + index;
      // ore t × 0.2 g/t ÷ 31.1034768 g/oz × 65 % recovery × 92 % payable × 2,000 EUR/oz × 1.25 USD/EUR
      const payableOz = ((oreT * 0.2) / GRAMS_PER_TROY_OZ) * 0.65 * 0.92;
      const goldGrossUsd = payableOz * 2000 * 1.25;
      const added = (withGold.rows[period]?.grossRevenue ?? NaN) - (without.rows[period]?.grossRevenue ?? NaN);
      expect(added).toBeCloseTo(goldGrossUsd, 4);
      expect(withGold.products?.[1]?.grossRevenue[period]).toBeCloseTo(goldGrossUsd, 6);
    });
    // The primary's own lines do not move.
    expect(withGold.products?.[0]?.grossRevenue).toEqual(without.rows.map((row) => row.grossRevenue));
  });

  it("credits a by-product's NSR in AISC and not a co-product's", () => {
    const byProduct = computeCashFlowTable(inputsOf((s) => Object.assign(s.rows, { products: [goldRow()] })));
    const coProduct = computeCashFlowTable(inputsOf((s) => Object.assign(s.rows, { products: [goldRow({ role: "co_product" })] })));
    expect(byProduct.metrics.aiscPerUnit).toBeLessThan(coProduct.metrics.aiscPerUnit);
    expect(byProduct.metrics.npv).toBe(coProduct.metrics.npv);
  });
});
