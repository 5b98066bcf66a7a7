import { describe, expect, it } from "vitest";
import { npv } from "./discounting";
import { irr } from "./irr";
import { projectIrr } from "./project-irr";

const f = (flows: number[]) => new Float64Array(flows);

/** Every root of the robust fine-grid solver where NPV falls through zero as the rate rises; the largest, or NaN. */
function largestFallingRoot(flows: number[]): number {
  const result = irr(flows);
  const roots = result.kind === "unique" ? [result.rate] : result.kind === "multiple" ? result.rates : [];
  const falling = roots.filter((rate) => npv(rate - 1e-6, flows) > 0 && npv(rate + 1e-6, flows) < 0);
  return falling.length > 0 ? Math.max(...falling) : NaN;
}

describe("project IRR against published values", () => {
  it.each([
    [[-70000, 12000, 15000, 18000, 21000, 26000], 0.0866], // Microsoft's IRR example
    [[-70000, 12000, 15000, 18000, 21000], -0.0212],
    [[-150000, 15000, 25000, 35000, 45000, 60000], 0.0524], // numpy-financial's tests
    [[-100, 0, 0, 74], -0.0955],
    [[-100, 39, 59, 55, 20], 0.28095],
    [[-100, 100, 0, 7], 0.06206],
  ])("conventional flows %j: the one IRR, %f", (flows, expected) => {
    expect(projectIrr(f(flows))).toBeCloseTo(expected, 4);
  });

  it("numpy-financial's two-root example [-100, 100, 0, -7]: -8.33 %, the root NPV falls through", () => {
    expect(projectIrr(f([-100, 100, 0, -7]))).toBeCloseTo(-0.0833, 4);
  });

  it("numpy-financial's three-root example [-5, 10.5, 1, -8, 1]: the highest falling root, not the 8.86 % numpy returns", () => {
    const flows = [-5, 10.5, 1, -8, 1];
    const result = irr(flows);
    expect(result.kind === "multiple" && result.rates).toHaveLength(3);
    const highest = result.kind === "multiple" ? (result.rates[2] ?? NaN) : NaN;
    expect(projectIrr(f(flows))).toBeCloseTo(highest, 10);
    expect(highest).toBeGreaterThan(0.0886);
  });
});

describe("project IRR of a mine that ends in closure costs", () => {
  it("is the economic root without any search floor (the other lies below -50 %)", () => {
    const flows = [-500, -500, 400, 400, 400, 400, -100];
    const floored = irr(flows, { minRate: -0.5 });
    expect(floored.kind).toBe("unique");
    expect(projectIrr(f(flows))).toBeCloseTo(floored.kind === "unique" ? floored.rate : NaN, 10);
  });

  it("returns the rate a closure-cost flow was built from", () => {
    for (const rate of [-0.05, 0, 0.08, 0.3, 0.6]) {
      const flows = [0, -500, 700, 900, 900, 900, 900, -200];
      flows[0] = -npv(rate, flows); // the initial investment that makes NPV(rate) = 0
      expect(flows[0]).toBeLessThan(0);
      expect(npv(rate - 1e-4, flows)).toBeGreaterThan(0); // NPV falls through the rate it was built from
      expect(projectIrr(f(flows))).toBeCloseTo(rate, 9);
    }
  });

  it("is the largest falling root the robust solver lists, on 3,000 seeded random mines", () => {
    let seed = 20261202;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    let withIrr = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const build = 1 + Math.floor(random() * 3);
      const life = 3 + Math.floor(random() * 20);
      const flows: number[] = [];
      for (let t = 0; t < build; t++) flows.push(-(50 + random() * 500));
      for (let t = 0; t < life; t++) flows.push((random() - 0.2) * 150);
      if (random() < 0.75) flows.push(-(random() * 400)); // closure
      const expected = largestFallingRoot(flows);
      const actual = projectIrr(f(flows));
      if (Number.isNaN(expected)) expect(actual, JSON.stringify(flows)).toBeNaN();
      else {
        withIrr++;
        expect(actual, JSON.stringify(flows)).toBeCloseTo(expected, 7);
      }
    }
    expect(withIrr).toBeGreaterThan(1000);
  });
});

describe("no project IRR", () => {
  it.each([
    ["only inflows", [100, 200]],
    ["only outflows", [-100, -200]],
    ["no flows", []],
    ["zeros", [0, 0]],
    ["a closure cost too large: NPV negative at every rate", [-100, 250, -200]],
    ["a loan taken, not an investment: NPV rises through zero", [100, -50, -60]],
  ])("%s", (_label, flows) => {
    expect(projectIrr(f(flows))).toBeNaN();
  });

  it("a non-finite flow has none", () => {
    expect(projectIrr(f([-100, Number.NaN, 200]))).toBeNaN();
  });

  it("honours the length argument (a longer scratch buffer)", () => {
    expect(projectIrr(f([-100, 39, 59, 55, 20, 999, -999]), 5)).toBeCloseTo(0.28095, 4);
  });
});
