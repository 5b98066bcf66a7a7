import { describe, expect, it } from "vitest";
import { createDistribution } from "../distributions/create-distribution";
import { specAsFactor, type FactorSpec } from "./as-factor";

describe("specAsFactor", () => {
  it.each<FactorSpec>([
    { type: "normal", mean: 50, sd: 8 },
    { type: "lognormal", mu: 3, sigma: 0.4 },
    { type: "gamma", shape: 4, scale: 2.5 },
    { type: "triangular", min: 2, mode: 5, max: 11 },
    { type: "pert", min: 2, mode: 5, max: 11, lambda: 3 },
  ])("keeps the shape of %o and moves its mean to 1", (spec) => {
    const original = createDistribution(spec);
    const factor = createDistribution(specAsFactor(spec));
    expect(factor.mean).toBeCloseTo(1, 12);
    expect(factor.variance).toBeCloseTo(original.variance / original.mean ** 2, 12);
    expect(factor.inverseCdf(0.9)).toBeCloseTo(original.inverseCdf(0.9) / original.mean, 10);
  });

  it("divides a gamma's scale by k·θ", () => {
    expect(specAsFactor({ type: "gamma", shape: 4, scale: 2.5 })).toEqual({ type: "gamma", shape: 4, scale: 0.25 });
  });

  it("refuses a distribution whose mean is not positive", () => {
    expect(() => specAsFactor({ type: "normal", mean: -1, sd: 1 })).toThrow(/positive mean/);
  });
});
