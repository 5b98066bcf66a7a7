import { describe, expect, it } from "vitest";
import { inverseRegularizedBeta, regularizedBeta } from "./incomplete-beta";
import { logBeta, logGamma } from "./log-gamma";
import { erfc, normalCdf, normalQuantile } from "./normal-functions";

// Reference values from scipy.special 1.17 (ndtr, erfc, betainc, betaincinv, gammaln).
const relErr = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe("log-gamma", () => {
  it.each([
    [0.5, 0.5723649429247001],
    [10.5, 13.940625219403763],
    [0.1, 2.252712651734206],
    [1, 0],
  ])("logGamma(%d) = %d", (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(2e-14);
  });

  it("gives ln B(2, 5) = ln(1/30)", () => {
    expect(logBeta(2, 5)).toBeCloseTo(Math.log(1 / 30), 14);
  });
});

describe("normal functions", () => {
  it("has the AS 241 quantile 0.975 -> 1.959963984540054", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it.each([
    [-8, 6.22096057427174e-16],
    [-3, 0.0013498980316300933],
    [-1, 0.15865525393145707],
    [0.3, 0.6179114221889526],
    [2, 0.9772498680518208],
    [5, 0.9999997133484281],
  ])("normalCdf(%d) = %d", (z, expected) => {
    expect(relErr(normalCdf(z), expected)).toBeLessThan(1e-13);
  });

  it.each([
    [1, 0.15729920705028516],
    [0.1, 0.8875370839817152],
    [3, 2.2090496998585445e-5],
  ])("erfc(%d) = %d", (x, expected) => {
    expect(relErr(erfc(x), expected)).toBeLessThan(1e-13);
  });

  it("round-trips normalCdf(normalQuantile(p)) over a grid including the tails", () => {
    for (const p of [1e-300, 1e-15, 1e-8, 1e-3, 0.02, 0.3, 0.5, 0.7, 0.98, 0.999, 1 - 1e-8]) {
      expect(relErr(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
    }
  });
});

describe("regularised incomplete beta", () => {
  it.each([
    [0.3, 2, 5, 0.5798250000000003],
    [0.7, 0.5, 0.5, 0.6309898804344546],
    [0.05, 10, 3, 5.872802734375002e-12],
  ])("I_%d(%d, %d) = %d", (x, a, b, expected) => {
    expect(relErr(regularizedBeta(x, a, b), expected)).toBeLessThan(1e-12);
  });

  it.each([
    [0.5, 2, 5, 0.26444998329566005],
    [0.1, 2, 5, 0.09259525891312873],
    [0.9, 3, 1.5, 0.9135655656953185],
    [0.01, 0.5, 0.5, 0.00024671981713422146],
    [0.999, 5, 1, 0.9997999199519664],
    [1e-6, 1.2, 3.3, 3.1936985334374304e-6],
  ])("inverse at p = %d for Beta(%d, %d) = %d", (p, a, b, expected) => {
    expect(relErr(inverseRegularizedBeta(p, a, b), expected)).toBeLessThan(1e-12);
  });

  it("round-trips I(inverse(p)) over a grid of shapes", () => {
    for (const [a, b] of [
      [1, 1],
      [2, 5],
      [5, 2],
      [0.7, 3],
      [30, 40],
      [1.4, 3.6],
    ] as const) {
      for (let p = 0.001; p < 1; p += 0.0499) {
        expect(Math.abs(regularizedBeta(inverseRegularizedBeta(p, a, b), a, b) - p)).toBeLessThan(1e-13);
      }
    }
  });
});
