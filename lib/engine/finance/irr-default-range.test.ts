import { describe, expect, it } from "vitest";
import { compileModel } from "../model";
import { buildGoldenInputs } from "../model/test-fixtures";
import { npv } from "./discounting";
import { irr, irrFast, type IrrResult } from "./irr";
import { COARSE_RATE_GRID, FINE_RATE_GRID, IRR_MAX_RATE, IRR_MIN_RATE } from "./rate-grid";

// The default IRR search range as documented (lib/engine/README.md §2: `irr(flows, { minRate = -0.99,
// maxRate = 1000 })`, the grid "from −99 % … to 100 000 %"; a scenario's economics.irrMinRatePct replaces the lower
// end, default -99). Rates are fractions per period: 1.5 = 150 %. Outside the range the answer is "no IRR":
// `{ kind: "none" }` from irr, NaN from irrFast (the Monte Carlo counts it in nonFiniteCount).

function uniqueRate(result: IrrResult): number {
  if (result.kind !== "unique") throw new Error(`expected a unique IRR, got ${JSON.stringify(result)}`);
  return result.rate;
}

/** -1000 in period 0 and three equal flows whose IRR is exactly `rate`: 1000 = A·(v + v² + v³), v = 1 / (1 + rate). */
function threeYearFlows(rate: number): number[] {
  const v = 1 / (1 + rate);
  const amount = 1000 / (v + v * v + v * v * v);
  return [-1000, amount, amount, amount];
}

describe("the documented default range", () => {
  it("is -99 % to 100 000 %", () => {
    expect(IRR_MIN_RATE).toBe(-0.99);
    expect(IRR_MAX_RATE).toBe(1000);
  });

  it("is what the grids scan: they start at -99 % and end at 100 000 %", () => {
    for (const grid of [COARSE_RATE_GRID, FINE_RATE_GRID]) {
      expect(grid[0]).toBe(-0.99);
      expect(grid[grid.length - 1]).toBe(1000);
    }
    // 1 % steps from -99 % to 100 %, then 5 % steps to 500 %: the cells the README describes.
    expect(COARSE_RATE_GRID[1]).toBeCloseTo(-0.98, 15);
    expect(Array.from(COARSE_RATE_GRID).indexOf(1)).toBe(199);
    expect(COARSE_RATE_GRID[200]).toBe(1.05);
  });

  it("is the scenario model's default: a scenario without irrMinRatePct searches from -99 %", () => {
    expect(compileModel(buildGoldenInputs()).irrMinRate).toBe(-0.99);
    const inputs = buildGoldenInputs();
    inputs.economics.irrMinRatePct = -50;
    expect(compileModel(inputs).irrMinRate).toBe(-0.5);
  });
});

describe("IRRs near the ends of the default range are found", () => {
  it.each([1.5, 5, 42, 500, 990])("a %d (fraction) IRR, e.g. 150 %, by irr and irrFast", (rate) => {
    const flows = threeYearFlows(rate);
    expect(uniqueRate(irr(flows))).toBeCloseTo(rate, 8);
    expect(irrFast(flows)).toBeCloseTo(rate, 8);
  });

  it("150 % in one period: -100 then 250", () => {
    expect(irr([-100, 250])).toEqual({ kind: "unique", rate: 1.5 });
    expect(irrFast([-100, 250])).toBe(1.5);
  });

  it.each([-0.5, -0.9, -0.95, -0.98])("a %d (fraction) IRR, e.g. -50 %, by irr and irrFast", (rate) => {
    const flows = threeYearFlows(rate);
    expect(uniqueRate(irr(flows))).toBeCloseTo(rate, 10);
    expect(irrFast(flows)).toBeCloseTo(rate, 10);
  });

  it("Microsoft's IRR example after two years (-70 000, 12 000, 15 000) is -44.35 %", () => {
    // Published: =IRR(A2:A4,-10%) → -44 % (Microsoft Support, "IRR function"); the quadratic gives -0.443507.
    expect(uniqueRate(irr([-70000, 12000, 15000]))).toBeCloseTo(-0.443507, 6);
    expect(irrFast([-70000, 12000, 15000])).toBeCloseTo(-0.443507, 6);
  });

  it("just inside each end: -98.5 % and 99 900 %", () => {
    expect(uniqueRate(irr([-100, 1.5]))).toBeCloseTo(-0.985, 12);
    expect(irrFast([-100, 1.5])).toBeCloseTo(-0.985, 12);
    expect(uniqueRate(irr([-1, 1000]))).toBeCloseTo(999, 9);
    expect(irrFast([-1, 1000])).toBeCloseTo(999, 9);
  });
});

describe("an IRR outside the default range is no IRR", () => {
  it.each([
    ["-99.5 %", [-100, 0.5], -0.995],
    ["-99.9 % over three years", threeYearFlows(-0.999), -0.999],
    ["100 100 %", [-1, 1002], 1001],
    ["150 000 % over three years", threeYearFlows(1500), 1500],
  ] as const)("%s", (_label, flows, trueRate) => {
    // The rate is a genuine root (NPV = 0 there): it is the range, not the flows, that excludes it.
    expect(Math.abs(npv(trueRate, flows)) / 1000).toBeLessThan(1e-9);
    expect(irr(flows)).toEqual({ kind: "none" });
    expect(irrFast(flows)).toBeNaN();
    // Widening the range by hand finds it again (so "none" really is the range's doing).
    const wide = { minRate: Math.min(-0.999_9, trueRate - 0.0005), maxRate: Math.max(IRR_MAX_RATE, trueRate * 2) };
    expect(uniqueRate(irr(flows, wide))).toBeCloseTo(trueRate, 6);
  });

  it("the default is the same as passing the documented range explicitly", () => {
    for (const flows of [[-100, 1.5], [-100, 0.5], [-1, 1000], [-1, 1002], threeYearFlows(-0.5), threeYearFlows(1.5)]) {
      expect(irr(flows)).toEqual(irr(flows, { minRate: -0.99, maxRate: 1000 }));
      expect(irrFast(flows)).toBe(irrFast(flows, 0.1, flows.length, -0.99, 1000));
    }
  });

  it("a higher scenario minimum drops an IRR the default would find", () => {
    const flows = threeYearFlows(-0.5);
    expect(irr(flows, { minRate: -0.4 })).toEqual({ kind: "none" });
    expect(irrFast(flows, 0.1, flows.length, -0.4)).toBeNaN();
  });
});
