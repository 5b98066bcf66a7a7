import { describe, expect, it } from "vitest";
import type { ScenarioProduct } from "@/db/schema";
import { computeCashFlowTable } from "@/lib/engine/model";
import { buildDemoModelSource } from "@/tests/support/scenario-fixtures";
import type { ModelPriceDeck } from "./deck-prices";
import { toModelInputs, type ModelSource } from "./to-model-inputs";

// A product on its own price deck, with a head grade schedule and concentrate terms (issue #14), each checked by
// hand against the same product on a flat price and a constant grade. The scenario starts in 2030 with two
// construction years: production year 1 is 2032, and there are 15 production years (2032–2046).

const GRAMS_PER_TROY_OZ = 31.1034768;
const DECK_ID = "00000000-0000-4000-8000-0000000000d1";

const GOLD_DECK: ModelPriceDeck = {
  id: DECK_ID,
  name: "Consensus gold",
  commodity: "gold",
  priceUnit: "oz",
  currency: "USD",
  longTermPrice: 1900,
  prices: [
    { year: 2032, price: 2100 },
    { year: 2033, price: 2200 },
    { year: 2035, price: 2400 },
  ],
};

function goldRow(overrides: Partial<ScenarioProduct> = {}): ScenarioProduct {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    scenarioId: "00000000-0000-4000-8000-000000000002",
    lineageId: "00000000-0000-4000-8000-000000000003",
    createdAt: new Date(0),
    updatedAt: new Date(0),
    name: "Gold",
    role: "by_product",
    gradeUnit: "g_per_t",
    priceUnit: "oz",
    price: 2000,
    priceDeckId: null,
    headGrade: 0.2,
    headGradeByYear: null,
    recoveryPct: 65,
    payablePct: 92,
    refiningChargePerUnit: 5,
    premiumPerUnit: 0,
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

function sourceWith(row: ScenarioProduct, decks: readonly ModelPriceDeck[] = [GOLD_DECK]): ModelSource {
  const source = buildDemoModelSource();
  Object.assign(source.settings, { startYear: 2030, constructionPeriods: 2, lifeYears: 15 });
  return { ...source, productDecks: decks, rows: { ...source.rows, products: [row] } };
}

function inputsOf(row: ScenarioProduct, decks?: readonly ModelPriceDeck[]) {
  const result = toModelInputs(sourceWith(row, decks));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.inputs;
}

function errorsOf(row: ScenarioProduct, decks?: readonly ModelPriceDeck[]) {
  const result = toModelInputs(sourceWith(row, decks));
  return result.ok ? [] : result.errors.map(({ path, rule }) => ({ path, rule }));
}

describe("a product on a price deck", () => {
  it("takes the deck's price of each production year: priced years, a gap, then the long-term price", () => {
    const inputs = inputsOf(goldRow({ priceDeckId: DECK_ID }));
    // 2032 2100, 2033 2200, 2034 (gap: 2033's) 2200, 2035 2400, 2036–2046 long term 1900; the flat 2000 is unused.
    expect(inputs.products?.[0]?.price).toEqual([2100, 2200, 2200, 2400, ...Array.from({ length: 11 }, () => 1900)]);
  });

  it("earns payable gold × the year's deck price in gross revenue (worked by hand, fx 1)", () => {
    const inputs = inputsOf(goldRow({ priceDeckId: DECK_ID }));
    const table = computeCashFlowTable(inputs);
    const deckPrices = [2100, 2200, 2200, 2400, 1900];
    deckPrices.forEach((price, index) => {
      const oreT = inputs.production.oreProcessedT[index] ?? NaN;
      const payableOz = ((oreT * 0.2) / GRAMS_PER_TROY_OZ) * 0.65 * 0.92;
      expect(table.products?.[1]?.grossRevenue[2 + index]).toBeCloseTo(payableOz * price, 6);
    });
  });

  it("refuses a deck of another commodity, unit or currency under the product's path", () => {
    const silver = { ...GOLD_DECK, name: "Silver", commodity: "silver", priceUnit: "g", currency: "EUR" };
    expect(errorsOf(goldRow({ priceDeckId: DECK_ID }), [silver])).toEqual([
      { path: "products.0.priceDeckId", rule: "price_deck_commodity" },
      { path: "products.0.priceDeckId", rule: "price_deck_unit" },
      { path: "products.0.priceDeckId", rule: "price_deck_currency" },
    ]);
  });

  it("refuses a deck that was not loaded (missing, or another organisation's)", () => {
    expect(errorsOf(goldRow({ priceDeckId: DECK_ID }), [])).toEqual([{ path: "products.0.priceDeckId", rule: "price_deck_not_found" }]);
  });
});

describe("a product's head grade schedule", () => {
  it("changes exactly the production years it covers; the constant grade fills the rest", () => {
    const flat = inputsOf(goldRow());
    const scheduled = inputsOf(goldRow({ headGradeByYear: [0.5, 0.4] }));
    expect(scheduled.products?.[0]?.headGrade).toEqual([0.5, 0.4, ...Array.from({ length: 13 }, () => 0.2)]);
    const [before, after] = [computeCashFlowTable(flat), computeCashFlowTable(scheduled)];
    // Gold gross scales with the grade: ×2.5 in year 1 (0.5 / 0.2), ×2 in year 2 (0.4 / 0.2); identical after.
    expect(after.products?.[1]?.grossRevenue[2]).toBeCloseTo((before.products?.[1]?.grossRevenue[2] ?? NaN) * 2.5, 6);
    expect(after.products?.[1]?.grossRevenue[3]).toBeCloseTo((before.products?.[1]?.grossRevenue[3] ?? NaN) * 2, 6);
    expect(after.products?.[1]?.grossRevenue.slice(4)).toEqual(before.products?.[1]?.grossRevenue.slice(4));
  });

  it("refuses a schedule longer than the life", () => {
    const tooLong = Array.from({ length: 16 }, () => 0.3);
    expect(errorsOf(goldRow({ headGradeByYear: tooLong }))).toEqual([{ path: "products.0.headGradeByYear", rule: "head_grade_schedule_too_long" }]);
  });
});

describe("a product's own concentrate terms", () => {
  it("maps them as the primary's: TC and moisture default to 0, a penalty only with all its terms", () => {
    const inputs = inputsOf(goldRow({ concentrateGradePct: 25, treatmentChargePerDmt: 80, moisturePenaltyThresholdPct: 8 }));
    expect(inputs.products?.[0]?.smelter).toEqual({
      payablePct: 92,
      refiningChargePerUnit: 5,
      premiumPerUnit: 0,
      concentrate: { gradePct: 25, treatmentChargePerDmt: 80, moisturePct: 0 },
    });
  });

  it("pays a treatment charge of 80 per dmt of its concentrate (worked by hand)", () => {
    const inputs = inputsOf(goldRow({ gradeUnit: "pct", headGrade: 0.5, priceUnit: "t", price: 9000, concentrateGradePct: 25, treatmentChargePerDmt: 80 }));
    const table = computeCashFlowTable(inputs);
    const oreT = inputs.production.oreProcessedT[0] ?? NaN;
    // ore t × 0.5 % × 65 % recovery = metal t; ÷ 25 % = dry concentrate t; × 80 per dmt.
    const concentrateDmt = (oreT * 0.005 * 0.65) / 0.25;
    expect(table.products?.[1]?.treatmentCharges[2]).toBeCloseTo(concentrateDmt * 80, 6);
  });
});
