import { describe, expect, it } from "vitest";
import { flowTimeYears, periodTimeYears, resolveConvention, valuationShiftFactor, valuationShiftYears, valuationTimeYears, type DiscountConvention } from "./conventions";
import { discountFactor, npv, npvProfile, profitabilityIndex } from "./discounting";
import { discountedPayback } from "./payback";

// The discounting conventions (conventions.ts, README §1) against published and textbook values. Time in years from
// the start of period 0; period t's flow at t + 1 (end) or t + 0.5 (mid); factor (1 + r)^-(time_t − V).

/** Present value at V of flows placed at the given times: the definition, written out without the engine. */
const presentValue = (flows: readonly number[], rate: number, times: readonly number[], valuationTime: number): number =>
  flows.reduce((pv, cf, t) => pv + cf * Math.pow(1 + rate, -((times[t] ?? 0) - valuationTime)), 0);

/** 1 − (1 + r)^-n over r: the present value of 1 a period for n periods, one period before the first. */
const annuityFactor = (rate: number, periods: number): number => (1 - Math.pow(1 + rate, -periods)) / rate;

const START: DiscountConvention = { valuationTimeYears: 0 };
const MID_PERIOD_ZERO_AT_VALUATION: DiscountConvention = { timing: "mid", periodZeroTiming: "at_valuation_date" };

describe("time of each flow and of the valuation date", () => {
  it("places period t's flow at t + 1 (end) or t + 0.5 (mid) years from the start of period 0", () => {
    expect([0, 1, 4].map((t) => flowTimeYears(t, "end"))).toEqual([1, 2, 5]);
    expect([0, 1, 4].map((t) => flowTimeYears(t, "mid"))).toEqual([0.5, 1.5, 4.5]);
  });
  it("values at V = 0, 1 or the number of construction periods", () => {
    expect(valuationTimeYears("start_of_period_0", 3)).toBe(0);
    expect(valuationTimeYears("end_of_period_0", 3)).toBe(1);
    expect(valuationTimeYears("start_of_production", 3)).toBe(3);
    expect(valuationTimeYears("start_of_production", 0)).toBe(0);
    expect(() => valuationTimeYears("start_of_production", -1)).toThrow(RangeError);
  });
  it("measures each flow from the valuation date; period 0 kept at the valuation date is at 0", () => {
    expect(periodTimeYears(2)).toBe(2);
    expect(periodTimeYears(2, "mid")).toBe(1.5);
    expect(periodTimeYears(2, { timing: "mid", valuationTimeYears: 0 })).toBe(2.5);
    expect(periodTimeYears(0, { valuationTimeYears: 3 })).toBe(-2);
    expect(periodTimeYears(0, MID_PERIOD_ZERO_AT_VALUATION)).toBe(0);
    expect(periodTimeYears(1, MID_PERIOD_ZERO_AT_VALUATION)).toBe(0.5);
  });
  it("defaults to end timing at the end of period 0 with period 0 on its timing (shift 0)", () => {
    expect(resolveConvention(undefined)).toEqual({ timing: "end", valuationTimeYears: 1, periodZeroTiming: "with_timing" });
    expect(resolveConvention("mid")).toEqual({ timing: "mid", valuationTimeYears: 1, periodZeroTiming: "with_timing" });
    expect(valuationShiftYears(resolveConvention({}))).toBe(0);
    expect(valuationShiftYears(resolveConvention("mid"))).toBe(0.5);
  });
  it("computes the common shift with no power for 0 and a square root for 0.5 (the bits the defaults always had)", () => {
    expect(valuationShiftFactor(0.08, 0)).toBe(1);
    expect(valuationShiftFactor(0.08, 0.5)).toBe(Math.sqrt(1.08));
    expect(valuationShiftFactor(0.08, 2)).toBe(Math.pow(1.08, 2));
  });
});

describe("NPV at each valuation date", () => {
  it("mid-year PV of 100 a year for 3 years at 10 %, valued at the start of the first year, is 260.82", () => {
    // 100 / 1.1^0.5 + 100 / 1.1^1.5 + 100 / 1.1^2.5
    expect(npv(0.1, [100, 100, 100], { timing: "mid", valuationTimeYears: 0 })).toBeCloseTo(260.82, 2);
  });
  it("end-of-year PV of 100 a year for 3 years at 10 % at the start of the first year is the ordinary annuity, 248.69", () => {
    expect(npv(0.1, [100, 100, 100], START)).toBeCloseTo(248.69, 2);
    expect(npv(0.1, [100, 100, 100], START)).toBeCloseTo(100 * annuityFactor(0.1, 3), 10);
  });
  it("valued at the start of period 0 is Excel's NPV: Microsoft example 1, 10 %, -10000, 3000, 4200, 6800 -> 1,188.44", () => {
    expect(npv(0.1, [-10000, 3000, 4200, 6800], START)).toBeCloseTo(1188.44, 2);
  });
  it("start of period 0 = end of period 0 / (1 + r); start of production = end of period 0 × (1 + r)^(c − 1)", () => {
    const flows = [-500, -300, 200, 400, 400, -50];
    for (const timing of ["end", "mid"] as const) {
      const atEnd = npv(0.1, flows, { timing });
      expect(npv(0.1, flows, { timing, valuationTimeYears: 0 })).toBeCloseTo(atEnd / 1.1, 10);
      expect(npv(0.1, flows, { timing, valuationTimeYears: 2 })).toBeCloseTo(atEnd * Math.pow(1.1, 2 - 1), 10);
      expect(npv(0.1, flows, { timing, valuationTimeYears: 0 })).toBeCloseTo(presentValue(flows, 0.1, flows.map((_, t) => flowTimeYears(t, timing)), 0), 10);
    }
  });
  it("period 0 at the valuation date with mid-year flows: -1000 then 300 a year for 5 years at 10 % -> 192.74", () => {
    // NPV = CF0 + Σ_{t≥1} CF_t / 1.1^(t − 0.5) = -1000 + 300 × 1.1^0.5 × a_5 (end-of-year NPV 137.24; all mid 143.93)
    const flows = [-1000, 300, 300, 300, 300, 300];
    expect(npv(0.1, flows, MID_PERIOD_ZERO_AT_VALUATION)).toBeCloseTo(192.74, 2);
    expect(npv(0.1, flows, MID_PERIOD_ZERO_AT_VALUATION)).toBeCloseTo(-1000 + 300 * Math.sqrt(1.1) * annuityFactor(0.1, 5), 10);
    expect(npv(0.1, flows)).toBeCloseTo(137.24, 2);
    expect(npv(0.1, flows, { timing: "mid" })).toBeCloseTo(143.93, 2);
  });
  it("period 0 at the valuation date changes nothing with end timing at the end of period 0 (its factor is 1 already)", () => {
    const flows = [-1000, 300, 300, 300, 300, 300];
    expect(npv(0.1, flows, { periodZeroTiming: "at_valuation_date" })).toBe(npv(0.1, flows));
  });
  it("period 0 at the start of period 0 with end-of-period flows after it: CF0 + Σ_{t≥1} CF_t / (1 + r)^(t + 1)", () => {
    const flows = [-1000, 300, 300, 300, 300, 300];
    const convention: DiscountConvention = { valuationTimeYears: 0, periodZeroTiming: "at_valuation_date" };
    expect(npv(0.1, flows, convention)).toBeCloseTo(-1000 + (300 * annuityFactor(0.1, 5)) / 1.1, 10);
    expect(npv(0.1, flows, { ...convention, timing: "mid" })).toBeCloseTo(-1000 + (300 * annuityFactor(0.1, 5)) / Math.sqrt(1.1), 10);
  });
  it("discount factors, the NPV profile and the profitability index follow the same convention", () => {
    const flows = [-1000, -200, 300, 400, 500, 450];
    const conventions: DiscountConvention[] = [START, { timing: "mid", valuationTimeYears: 3 }, MID_PERIOD_ZERO_AT_VALUATION, { valuationTimeYears: 0, periodZeroTiming: "at_valuation_date" }];
    for (const convention of conventions) {
      const factors = flows.map((_, t) => discountFactor(0.1, t, convention));
      const rebuilt = flows.reduce((pv, cf, t) => pv + cf * (factors[t] ?? 0), 0);
      expect(npv(0.1, flows, convention)).toBeCloseTo(rebuilt, 9);
      expect(npvProfile(flows, [0.05, 0.1], convention)[1]).toBe(npv(0.1, flows, convention));
      const outflows = 1000 * (factors[0] ?? 0) + 200 * (factors[1] ?? 0);
      expect(profitabilityIndex(0.1, flows, convention)).toBeCloseTo(1 + npv(0.1, flows, convention) / outflows, 12);
    }
    expect(discountFactor(0.1, 0, MID_PERIOD_ZERO_AT_VALUATION)).toBe(1);
    expect(discountFactor(0.1, 1, MID_PERIOD_ZERO_AT_VALUATION)).toBeCloseTo(1 / Math.sqrt(1.1), 15);
  });
});

describe("the README's worked example (§1, §3): -1000, then 300 a year for 5 years, at 10 %", () => {
  const flows = [-1000, 300, 300, 300, 300, 300];
  it.each([
    [{}, 137.24],
    [{ timing: "mid" }, 143.93],
    [{ timing: "mid", periodZeroTiming: "at_valuation_date" }, 192.74],
    [{ valuationTimeYears: 0 }, 124.76],
    [{ valuationTimeYears: 0, timing: "mid" }, 130.85],
    [{ valuationTimeYears: 0, timing: "mid", periodZeroTiming: "at_valuation_date" }, 84.31],
    [{ valuationTimeYears: 0, periodZeroTiming: "at_valuation_date" }, 33.85],
  ] as [DiscountConvention, number][])("%o -> %d", (convention, expected) => {
    expect(npv(0.1, flows, convention)).toBeCloseTo(expected, 2);
  });
  it("two construction years (-600, -400, then 300 × 5): 63.83, 70.21 and 77.24 at the start of production (c = 2)", () => {
    const twoYears = [-600, -400, 300, 300, 300, 300, 300];
    expect([0, 1, 2].map((valuationTimeYears) => npv(0.1, twoYears, { valuationTimeYears }))).toEqual([expect.closeTo(63.83, 2), expect.closeTo(70.21, 2), expect.closeTo(77.24, 2)]);
  });
});

describe("discounted payback under each convention (years from the start of period 0)", () => {
  const flows = [-1000, ...Array<number>(8).fill(300)];
  const endOfPeriodZero = 5 + (1000 - 300 * annuityFactor(0.1, 4)) / (300 * Math.pow(1.1, -5));

  it("does not move with the valuation date or the timing when period 0 follows the timing (every factor scaled alike)", () => {
    expect(discountedPayback(flows, 0.1)).toEqual({ reached: true, years: expect.closeTo(endOfPeriodZero, 12) as number });
    for (const convention of [START, { valuationTimeYears: 3 }, { timing: "mid" as const, valuationTimeYears: 0 }]) {
      const result = discountedPayback(flows, 0.1, convention);
      expect(result.reached && result.years).toBeCloseTo(endOfPeriodZero, 10);
    }
  });
  it("comes earlier with period 0 at the valuation date and mid-year flows: 5 + (1000 − 300·√1.1·a_4) / (300·1.1^−4.5)", () => {
    const expected = 5 + (1000 - 300 * Math.sqrt(1.1) * annuityFactor(0.1, 4)) / (300 * Math.pow(1.1, -4.5));
    const result = discountedPayback(flows, 0.1, MID_PERIOD_ZERO_AT_VALUATION);
    expect(result.reached && result.years).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(5.0134, 4);
  });
  it("comes later with period 0 at the start of period 0 and end-of-period flows: 5 + (1000 − 300·a_4/1.1) / (300·1.1^−6)", () => {
    // Period t ≥ 1 sits at t + 1 years, period 0 at 0: the cumulative after period k is −1000 + 300·a_k / 1.1, negative
    // up to k = 4 (a_4 = 3.1699 < 1000·1.1/300 = 3.667 ≤ a_5), so period 5 (worth 300 / 1.1^6) recovers the rest.
    const convention: DiscountConvention = { valuationTimeYears: 0, periodZeroTiming: "at_valuation_date" };
    const expected = 5 + (1000 - (300 * annuityFactor(0.1, 4)) / 1.1) / (300 * Math.pow(1.1, -6));
    const result = discountedPayback(flows, 0.1, convention);
    expect(result.reached && result.years).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(5.8001, 4);
    expect(expected).toBeGreaterThan(endOfPeriodZero);
  });
});
