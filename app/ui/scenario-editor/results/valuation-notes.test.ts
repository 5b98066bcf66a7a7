import { describe, expect, it } from "vitest";
import { computeCashFlowTable } from "@/lib/engine/model";
import { buildGoldenInputs, withChanges } from "@/lib/engine/model/test-fixtures";
import { describeNpvValuation, discountFactorDescribed, PAYBACK_ORIGIN_NOTE, type ValuationSettings } from "./valuation-notes";

// The NPV card, the reports and the simulation views state the valuation date with these words; the engine is the
// judge. A wording that said "start of period 0" for the default would need NPV / (1 + r) and fails here.

type EngineEconomics = { discounting: "end" | "mid"; valuationDate?: "start_of_period_0" | "end_of_period_0" | "start_of_production"; periodZeroTiming?: "with_timing" | "at_valuation_date" };
const CASES: { settings: ValuationSettings; engine: EngineEconomics }[] = [
  { settings: { discounting: "end_of_period" }, engine: { discounting: "end" } },
  { settings: { discounting: null }, engine: { discounting: "end" } },
  { settings: { discounting: "mid_period" }, engine: { discounting: "mid" } },
  { settings: { discounting: "end_of_period", valuationDate: "start_of_period_0" }, engine: { discounting: "end", valuationDate: "start_of_period_0" } },
  { settings: { discounting: "mid_period", valuationDate: "start_of_production", constructionPeriods: 3 }, engine: { discounting: "mid", valuationDate: "start_of_production" } },
  { settings: { discounting: "mid_period", periodZeroTiming: "at_valuation_date" }, engine: { discounting: "mid", periodZeroTiming: "at_valuation_date" } },
  { settings: { discounting: "mid_period", valuationDate: "start_of_period_0", periodZeroTiming: "at_valuation_date" }, engine: { discounting: "mid", valuationDate: "start_of_period_0", periodZeroTiming: "at_valuation_date" } },
];

describe("the NPV's stated valuation date", () => {
  it.each(CASES)("is the engine's for $settings: NPV = Σ CF_t × the described factor", ({ settings, engine }) => {
    const table = computeCashFlowTable(withChanges((inputs) => void Object.assign(inputs.economics, engine)));
    const ratePct = table.metrics.discountRatePct;
    const rebuilt = table.rows.reduce((sum, row) => sum + row.afterTaxCashFlow * discountFactorDescribed(settings, ratePct, row.period), 0);
    expect(rebuilt).toBeCloseTo(table.metrics.npv, 4);
    table.rows.forEach((row) => expect(discountFactorDescribed(settings, ratePct, row.period)).toBeCloseTo(row.discountFactor, 12));
  });

  it("end of period: period 0 undiscounted, so a two-period flow is CF0 + CF1 / (1 + r)", () => {
    const end = { discounting: "end_of_period" } as const;
    const npv = -100 * discountFactorDescribed(end, 10, 0) + 150 * discountFactorDescribed(end, 10, 1);
    expect(npv).toBeCloseTo(-100 + 150 / 1.1, 12);
    expect(describeNpvValuation(end)).toMatch(/end of period 0/);
    expect(describeNpvValuation(end)).toMatch(/period 0's flow is not discounted/);
    expect(describeNpvValuation({ discounting: null })).toBe(describeNpvValuation(end));
  });

  it("mid period: still valued at the end of period 0, period 0 carried half a year forward", () => {
    expect(discountFactorDescribed({ discounting: "mid_period" }, 8, 0)).toBeCloseTo(Math.sqrt(1.08), 12);
    expect(describeNpvValuation({ discounting: "mid_period" })).toMatch(/end of period 0 with mid-period timing/);
  });

  it("names each other valuation date and a period-0 flow kept at it", () => {
    expect(describeNpvValuation({ discounting: "end_of_period", valuationDate: "start_of_period_0" })).toMatch(/^valued at the start of period 0/);
    expect(describeNpvValuation({ discounting: "mid_period", valuationDate: "start_of_production" })).toMatch(/^valued at the start of production with mid-period timing/);
    expect(describeNpvValuation({ discounting: "mid_period", periodZeroTiming: "at_valuation_date" })).toMatch(/period 0's flow is kept at the valuation date/);
  });

  it("never says the start of period 0 for the default NPV; payback is counted from it", () => {
    for (const { settings } of CASES.filter((c) => !c.settings.valuationDate)) expect(describeNpvValuation(settings)).not.toMatch(/start of period 0/);
    expect(describeNpvValuation(undefined)).toMatch(/end of period 0 unless .*\(1 \+ r\)\^t .*\(1 \+ r\)\^\(t − 0\.5\)/);
    expect(PAYBACK_ORIGIN_NOTE).toMatch(/^Payback is counted in years from the start of period 0/);
  });
});

describe("the stated payback origin", () => {
  it("matches the engine: the golden mine's payback is counted in years from the start of period 0", () => {
    const table = computeCashFlowTable(buildGoldenInputs());
    const { payback } = table.metrics;
    expect(payback.reached).toBe(true);
    if (!payback.reached) return;
    // Period t spans [t, t + 1) years from the start of period 0: after the last negative cumulative C_k, the next
    // period's flow earns it back evenly, so payback = k + 1 + (−C_k / CF_{k+1}) years from that start.
    const lastNegative = table.rows.findLastIndex((row) => row.cumulativeCashFlow < 0);
    const deficit = -(table.rows[lastNegative]?.cumulativeCashFlow ?? Number.NaN);
    const recovering = table.rows[lastNegative + 1]?.afterTaxCashFlow ?? Number.NaN;
    expect(payback.years).toBeCloseTo(lastNegative + 1 + deficit / recovering, 9);
  });
});
