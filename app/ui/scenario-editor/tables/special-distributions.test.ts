import { describe, expect, it } from "vitest";
import { distributionSpecSchema } from "@/lib/engine/distributions/schema";
import { describeSpecialDistribution, formatDiscreteOutcomes, parseDiscreteOutcomes, parsePercentile } from "./special-distributions";

describe("discrete outcomes typed one per line", () => {
  it("reads value and probability separated by spaces, tabs, semicolons or a comma and a space, probabilities as fractions or %", () => {
    const result = parseDiscreteOutcomes("3.5 0.25\n4\t50%\n4.5; 0.125\n5, 12.5%");
    expect(result).toEqual({ ok: true, value: [{ value: 3.5, probability: 0.25 }, { value: 4, probability: 0.5 }, { value: 4.5, probability: 0.125 }, { value: 5, probability: 0.125 }] });
    if (result.ok) expect(distributionSpecSchema.safeParse({ type: "discrete", outcomes: result.value }).success).toBe(true);
  });
  it("refuses a decimal comma instead of reading 8,5 as 85", () => {
    expect(parseDiscreteOutcomes("8,5 0.5\n9 0.5")).toEqual({ ok: false, message: expect.stringMatching(/^Line 1: "8,5" has a comma: use a point for decimals/) });
  });
  it("reads a decimal comma under the comma format, separated by spaces or semicolons (issue #15)", () => {
    expect(parseDiscreteOutcomes("3,5 0,25\n4; 50%\n4,5 0,25", ",")).toEqual({ ok: true, value: [{ value: 3.5, probability: 0.25 }, { value: 4, probability: 0.5 }, { value: 4.5, probability: 0.25 }] });
    expect(parseDiscreteOutcomes("1,2,3 1", ",")).toEqual({ ok: false, message: expect.stringMatching(/^Line 1: "1,2,3" is not a number in your format \(a decimal comma\)/) });
    expect(formatDiscreteOutcomes([{ value: 3.5, probability: 0.25 }], ",")).toBe("3,5 0,25");
    expect(parsePercentile("12,5", "Low percentile", ",")).toEqual({ ok: true, value: 0.125 });
  });
  it("says which line is wrong, and when the probabilities do not add up to 1", () => {
    expect(parseDiscreteOutcomes("4 0.5\n5")).toEqual({ ok: false, message: expect.stringMatching(/^Line 2: enter a value and its probability/) });
    expect(parseDiscreteOutcomes("4 0.5\nfive 0.5")).toEqual({ ok: false, message: 'Line 2: "five" is not a number' });
    expect(parseDiscreteOutcomes("4 0.5\n5 0.4")).toEqual({ ok: false, message: expect.stringMatching(/add up to 0\.9.*must add up to 1/) });
    expect(parseDiscreteOutcomes("4 1.5")).toEqual({ ok: false, message: expect.stringMatching(/between 0 and 1/) });
    expect(parseDiscreteOutcomes("  \n")).toEqual({ ok: false, message: expect.stringMatching(/at least one outcome/) });
  });
  it("formats outcomes back into lines that read the same", () => {
    const outcomes = [{ value: 3.25, probability: 0.2 }, { value: 4, probability: 0.8 }];
    expect(parseDiscreteOutcomes(formatDiscreteOutcomes(outcomes))).toEqual({ ok: true, value: outcomes });
  });
});

describe("percentile entry", () => {
  it("reads a percentile in % and refuses 0, 100 and decimal commas", () => {
    expect(parsePercentile("10", "Low percentile")).toEqual({ ok: true, value: 0.1 });
    expect(parsePercentile("90%", "High percentile")).toEqual({ ok: true, value: 0.9 });
    expect(parsePercentile("0", "Low percentile").ok).toBe(false);
    expect(parsePercentile("100", "High percentile").ok).toBe(false);
    expect(parsePercentile("2,5", "Low percentile")).toEqual({ ok: false, message: expect.stringMatching(/^Low percentile: "2,5" has a comma/) });
  });
});

describe("summaries in the grid", () => {
  it("describes discrete and percentile specs in words", () => {
    expect(describeSpecialDistribution({ type: "discrete", outcomes: [{ value: 3.5, probability: 0.5 }, { value: 4.5, probability: 0.5 }] })).toBe("Discrete: 2 outcomes, 3.5 to 4.5");
    expect(describeSpecialDistribution({ type: "percentiles", family: "pert", low: { p: 0.1, value: 3.2 }, high: { p: 0.9, value: 5.1 }, mode: 4 })).toBe("PERT by percentiles: P10 3.2, P90 5.1, most likely 4");
    expect(describeSpecialDistribution({ type: "normal", mean: 1, sd: 1 })).toBeUndefined();
  });
});
