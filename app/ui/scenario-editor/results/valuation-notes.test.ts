import { describe, expect, it } from "vitest";
import { computeCashFlowTable } from "@/lib/engine/model";
import { buildGoldenInputs, withChanges } from "@/lib/engine/model/test-fixtures";
import { describeNpvValuation, discountFactorDescribed, PAYBACK_ORIGIN_NOTE, type DiscountingSetting } from "./valuation-notes";

// The NPV card, the reports and the simulation views state the valuation date with these words; the engine is the
// judge. A wording that said "start of period 0" would need NPV / (1 + r) and fails here.

const CASES: { setting: DiscountingSetting; engine: "end" | "mid" }[] = [
  { setting: "end_of_period", engine: "end" },
  { setting: null, engine: "end" },
  { setting: "mid_period", engine: "mid" },
];

describe("the NPV's stated valuation date", () => {
  it.each(CASES)("is the engine's for $setting: NPV = Σ CF_t × the described factor", ({ setting, engine }) => {
    const table = computeCashFlowTable(withChanges((inputs) => void (inputs.economics.discounting = engine)));
    const ratePct = table.metrics.discountRatePct;
    const rebuilt = table.rows.reduce((sum, row) => sum + row.afterTaxCashFlow * discountFactorDescribed(setting, ratePct, row.period), 0);
    expect(rebuilt).toBeCloseTo(table.metrics.npv, 4);
    table.rows.forEach((row) => expect(discountFactorDescribed(setting, ratePct, row.period)).toBeCloseTo(row.discountFactor, 12));
  });

  it("end of period: period 0 undiscounted, so a two-period flow is CF0 + CF1 / (1 + r)", () => {
    const [cf0, cf1] = [-100, 150];
    const npv = cf0 * discountFactorDescribed("end_of_period", 10, 0) + cf1 * discountFactorDescribed("end_of_period", 10, 1);
    expect(npv).toBeCloseTo(-100 + 150 / 1.1, 12);
    expect(describeNpvValuation("end_of_period")).toMatch(/end of period 0/);
    expect(describeNpvValuation("end_of_period")).toMatch(/period 0's flow is not discounted/);
    expect(describeNpvValuation(null)).toBe(describeNpvValuation("end_of_period"));
  });

  it("mid period: still valued at the end of period 0, period 0 carried half a year forward", () => {
    expect(discountFactorDescribed("mid_period", 8, 0)).toBeCloseTo(Math.sqrt(1.08), 12);
    expect(describeNpvValuation("mid_period")).toMatch(/end of period 0 with mid-period timing/);
  });

  it("never says the start of period 0 for the NPV; payback is counted from it", () => {
    for (const setting of [...CASES.map((c) => c.setting), undefined]) expect(describeNpvValuation(setting)).not.toMatch(/start of period 0/);
    expect(describeNpvValuation(undefined)).toMatch(/end of period 0: .*\(1 \+ r\)\^t .*\(1 \+ r\)\^\(t − 0\.5\)/);
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
