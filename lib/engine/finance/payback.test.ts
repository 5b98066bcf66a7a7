import { describe, expect, it } from "vitest";
import { discountedPayback, payback } from "./payback";

describe("payback", () => {
  it("interpolates within the recovering period", () => {
    expect(payback([-100, 30, 40, 50])).toEqual({ reached: true, years: 3.6 });
  });
  it("uses the conservative 'non-negative for good' rule", () => {
    // Cumulative: -100, 20, -30, 20: the first crossing (period 1) is undone in period 2.
    expect(payback([-100, 120, -50, 50])).toEqual({ reached: true, years: 4 - 20 / 50 });
  });
  it("is zero when the cumulative is never negative and unreached when it ends negative", () => {
    expect(payback([10, -5, 3])).toEqual({ reached: true, years: 0 });
    expect(payback([-100, 30, 40])).toEqual({ reached: false });
    expect(payback([-100, 120, -50])).toEqual({ reached: false });
  });
});

describe("discountedPayback", () => {
  it("discounts before accumulating", () => {
    const result = discountedPayback([-100, 60, 60], 0.1);
    const d1 = 60 / 1.1;
    const d2 = 60 / 1.21;
    expect(result.reached).toBe(true);
    if (result.reached) expect(result.years).toBeCloseTo(2 + (100 - d1) / d2, 12);
  });
  it("does not depend on the timing: mid-period factors are the end-of-period ones times (1+r)^0.5", () => {
    const flows = [-100, 20, 30, 40, 50];
    const end = discountedPayback(flows, 0.1, "end");
    const mid = discountedPayback(flows, 0.1, "mid");
    expect(end.reached && mid.reached).toBe(true);
    if (end.reached && mid.reached) expect(mid.years).toBeCloseTo(end.years, 12);
  });
  it("is unreached when the discounted sum stays negative", () => {
    expect(discountedPayback([-100, 55, 55], 0.1)).toEqual({ reached: false });
  });
});
