import { describe, expect, it } from "vitest";
import type { DistributionSpec } from "@/lib/engine/distributions";
import { centralValueOf, findPriceMismatches, type PriceCheckVariable } from "./price-distribution-check";

const priceVariable = (distribution: DistributionSpec, mode = "absolute", target = "price"): PriceCheckVariable => ({
  id: "lineage-price",
  name: "Copper price",
  distribution,
  override: { target, mode },
});

const check = (scenarioPrice: number | null, ...variables: PriceCheckVariable[]) => findPriceMismatches({ scenarioPrice, priceLabel: "USD/lb", variables });

describe("central value of a price distribution", () => {
  it("is the mode of a triangular or PERT, the fixed value, else the mean", () => {
    expect(centralValueOf({ type: "triangular", min: 3, mode: 4, max: 6 })).toEqual({ kind: "mode", value: 4 });
    expect(centralValueOf({ type: "pert", min: 3, mode: 3.5, max: 6 })).toEqual({ kind: "mode", value: 3.5 });
    expect(centralValueOf({ type: "fixed", value: 4.7 })).toEqual({ kind: "fixed", value: 4.7 });
    expect(centralValueOf({ type: "normal", mean: 4.7, sd: 0.5 })).toEqual({ kind: "mean", value: 4.7 });
    expect(centralValueOf({ type: "uniform", min: 3, max: 5 })).toEqual({ kind: "mean", value: 4 });
    // Lognormal: mean = exp(μ + σ²/2).
    expect(centralValueOf({ type: "lognormal", mu: Math.log(4), sigma: 0.2 })?.value).toBeCloseTo(4 * Math.exp(0.02), 12);
    expect(centralValueOf({ type: "discrete", outcomes: [{ value: 3, probability: 0.5 }, { value: 5, probability: 0.5 }] })?.value).toBeCloseTo(4, 12);
  });
});

describe("price distribution set for another price", () => {
  it("flags the low-price branch that inherited the base case's absolute distribution (mean 4.70 vs 3.00 USD/lb)", () => {
    const [mismatch, ...others] = check(3, priceVariable({ type: "normal", mean: 4.7, sd: 0.6 }));
    expect(others).toEqual([]);
    expect(mismatch).toMatchObject({ variableId: "lineage-price", centralKind: "mean", centralValue: 4.7, scenarioPrice: 3 });
    expect(mismatch?.differencePct).toBeCloseTo(56.667, 3);
    expect(mismatch?.message).toBe(
      'The price distribution "Copper price" (absolute, mean 4.7 USD/lb) was set for a price of about 4.7 USD/lb; this scenario\'s price is 3 USD/lb ' +
        "(the distribution is 56.67 % higher), and an absolute price replaces it in every iteration. Use a factor on the scenario's price, or update the distribution.",
    );
  });

  it("says lower when the distribution sits below the scenario's price", () => {
    const [mismatch] = check(5, priceVariable({ type: "triangular", min: 3, mode: 4, max: 5 }));
    expect(mismatch?.differencePct).toBeCloseTo(-20, 12);
    expect(mismatch?.message).toMatch(/\(absolute, mode 4 USD\/lb\).*20 % lower/);
  });

  it("stays quiet within 10 %, for factors, for other targets and without a price", () => {
    expect(check(4, priceVariable({ type: "fixed", value: 4.41 }))).toHaveLength(1);
    expect(check(4, priceVariable({ type: "fixed", value: 4.39 }))).toEqual([]);
    expect(check(4, priceVariable({ type: "normal", mean: 3.61, sd: 0.5 }))).toEqual([]);
    expect(check(4, priceVariable({ type: "normal", mean: 3.59, sd: 0.5 }))).toHaveLength(1);
    expect(check(3, priceVariable({ type: "normal", mean: 1, sd: 0.1 }, "factor"))).toEqual([]);
    expect(check(3, priceVariable({ type: "normal", mean: 90, sd: 2 }, "absolute", "recovery"))).toEqual([]);
    expect(check(null, priceVariable({ type: "normal", mean: 4.7, sd: 0.6 }))).toEqual([]);
    expect(check(0, priceVariable({ type: "normal", mean: 4.7, sd: 0.6 }))).toEqual([]);
  });
});
