import { describe, expect, it } from "vitest";
import { coefficientOf, coefficientProblem } from "./correlation-requests";

describe("correlation coefficients typed in the person's number format (issue #15)", () => {
  it("reads 0,5 under a decimal comma and 0.5 under a point; blank is uncorrelated", () => {
    expect(coefficientOf("0,5", ",")).toBe(0.5);
    expect(coefficientOf("-0.25", ".")).toBe(-0.25);
    expect(coefficientOf("  ", ",")).toBe(0);
  });

  it("refuses text that is no number in the format, in words, instead of sending NaN", () => {
    expect(coefficientOf("0,5", ".")).toBeNaN();
    expect(coefficientProblem("0,5", ".")).toMatch(/^Correlation coefficient \(−1 to 1\): "0,5" is not a number in your format \(a decimal point\): write 0\.5/);
    expect(coefficientProblem("1,2,3", ",")).toMatch(/"1,2,3" is not a number in your format/);
    expect(coefficientProblem("0,5", ",")).toBeUndefined();
  });
});
