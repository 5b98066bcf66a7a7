import { describe, expect, it } from "vitest";
import { irr, irrFast, type IrrResult } from "./irr";
import { npv } from "./discounting";

function uniqueRate(result: IrrResult): number {
  if (result.kind !== "unique") throw new Error(`expected a unique IRR, got ${JSON.stringify(result)}`);
  return result.rate;
}

describe("irr against published values", () => {
  it("Microsoft IRR example: five years -> 8.66 %, four years -> -2.12 %", () => {
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    expect(uniqueRate(irr(flows))).toBeCloseTo(0.0866, 4);
    expect(uniqueRate(irr(flows.slice(0, 5)))).toBeCloseTo(-0.0212, 4);
  });
  it.each([
    [[-150000, 15000, 25000, 35000, 45000, 60000], 0.0524],
    [[-100, 0, 0, 74], -0.0955],
    [[-100, 39, 59, 55, 20], 0.28095],
    // numpy-financial's test file asserts 0.06206 (NPV(0.0605) = 0.16, not 0): the brief's 0.0605 was a typo.
    [[-100, 100, 0, 7], 0.06206],
  ])("numpy-financial irr(%j) = %f", (flows, expected) => {
    expect(uniqueRate(irr(flows))).toBeCloseTo(expected, 4);
    expect(irrFast(flows)).toBeCloseTo(expected, 4);
  });
  it("numpy-financial irr([-100, 100, 0, -7]) = -0.0833 is one of two roots: both are reported", () => {
    const result = irr([-100, 100, 0, -7]);
    expect(result.kind).toBe("multiple");
    if (result.kind === "multiple") {
      expect(result.rates).toHaveLength(2);
      expect(result.rates[1]).toBeCloseTo(-0.0833, 4);
    }
    expect(uniqueRate(irr([-100, 100, 0, -7], { minRate: -0.5 }))).toBeCloseTo(-0.0833, 4);
  });
  it("reports every root of numpy-financial's multi-root example [-5, 10.5, 1, -8, 1]", () => {
    const result = irr([-5, 10.5, 1, -8, 1]);
    expect(result.kind).toBe("multiple");
    if (result.kind !== "multiple") return;
    expect(result.rates).toHaveLength(3);
    expect(result.rates[1]).toBeCloseTo(0.0886, 4); // the root numpy-financial returns
    for (const rate of result.rates) expect(Math.abs(npv(rate, [-5, 10.5, 1, -8, 1]))).toBeLessThan(1e-9);
    expect(irrFast([-5, 10.5, 1, -8, 1])).toBeNaN();
  });
});

describe("irr edge cases", () => {
  it("returns the rate a flow was built from", () => {
    for (const rate of [-0.1, -0.05, 0, 0.07, 0.35, 2.5]) {
      const flows = [-3000, -500, 300, 400, 500, 600, 700];
      // Choose the last flow so that NPV(rate) = 0 exactly.
      const partial = npv(rate, flows.slice(0, -1));
      flows[flows.length - 1] = -partial * Math.pow(1 + rate, flows.length - 1);
      expect(flows[flows.length - 1]).toBeGreaterThan(0); // conventional: one sign change
      expect(uniqueRate(irr(flows))).toBeCloseTo(rate, 10);
      expect(irrFast(flows, 0.1)).toBeCloseTo(rate, 10);
      expect(irrFast(new Float64Array(flows), 5)).toBeCloseTo(rate, 10);
    }
  });
  it("has no IRR when all flows have one sign or are zero", () => {
    expect(irr([100, 200])).toEqual({ kind: "none" });
    expect(irr([-100, -200])).toEqual({ kind: "none" });
    expect(irr([0, 0])).toEqual({ kind: "none" });
    expect(irr([])).toEqual({ kind: "none" });
    expect(irrFast([100, 200])).toBeNaN();
  });
  it("has no IRR in range when NPV never crosses zero (mine with a closure cost too large)", () => {
    // NPV(r) = -100 + 250 v - 200 v^2 < 0 for all v > 0 (discriminant 250^2 - 4*100*200 < 0).
    expect(irr([-100, 250, -200])).toEqual({ kind: "none" });
    expect(irrFast([-100, 250, -200])).toBeNaN();
  });
  it("reports both roots of a closure-cost flow, and the economic one when the range excludes the other", () => {
    const flows = [-500, -500, 400, 400, 400, 400, -100];
    const full = irr(flows);
    expect(full.kind).toBe("multiple");
    if (full.kind === "multiple") expect(full.rates[0]).toBeLessThan(-0.5);
    expect(irrFast(flows)).toBeNaN();
    const rate = uniqueRate(irr(flows, { minRate: -0.5 }));
    expect(Math.abs(npv(rate, flows))).toBeLessThan(1e-8);
    expect(irrFast(flows, 0.1, flows.length, -0.5)).toBeCloseTo(rate, 10);
  });
  it("finds the single IRR of a non-conventional flow whose other roots lie outside the range", () => {
    const flows = [-1000, 500, 500, 500, -2]; // the other root lies below -99 %
    const rate = uniqueRate(irr(flows));
    expect(Math.abs(npv(rate, flows))).toBeLessThan(1e-8);
    expect(irrFast(flows)).toBeCloseTo(rate, 10);
  });
  it("rejects an empty search range", () => {
    expect(() => irr([-1, 2], { minRate: 0.5, maxRate: 0.1 })).toThrow(RangeError);
  });
  it("irrFast honours the length argument and a bad guess", () => {
    const buffer = new Float64Array([-100, 39, 59, 55, 20, 999, 999]);
    expect(irrFast(buffer, Number.NaN, 5)).toBeCloseTo(0.28095, 4);
    expect(irrFast(buffer, -5, 5)).toBeCloseTo(0.28095, 4);
  });
  it("rejects non-finite flows", () => {
    expect(() => irr([-1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe("irr of long series", () => {
  it("finds the IRR of 155 periods, where NPV at -99 % overflows (it reported none)", () => {
    const flows = [-1000, ...Array.from({ length: 154 }, () => 150)];
    expect(uniqueRate(irr(flows))).toBeCloseTo(0.15, 6);
    expect(irrFast(flows)).toBeCloseTo(0.15, 6);
  });
  it("finds it with a search floor just above -100 % on 104 periods", () => {
    const flows = [-1000, ...Array.from({ length: 103 }, () => 150)];
    expect(uniqueRate(irr(flows, { minRate: -0.999 }))).toBeCloseTo(0.15, 6);
  });
});
