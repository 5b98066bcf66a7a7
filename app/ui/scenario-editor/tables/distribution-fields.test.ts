import { describe, expect, it } from "vitest";
import { describeDistribution } from "./distribution-fields";

describe("a distribution in words (the grid and the risk report)", () => {
  it("names the family and each parameter by its label, without the label's gloss", () => {
    expect(describeDistribution({ type: "pert", min: 0.85, mode: 1, max: 1.35, lambda: 4 })).toBe("PERT: Minimum 0.85, Most likely 1, Maximum 1.35, λ 4");
    expect(describeDistribution({ type: "normal", mean: 1, sd: 0.07 })).toBe("Normal: Mean 1, Standard deviation 0.07");
    expect(describeDistribution({ type: "lognormal", mu: 0.1, sigma: 0.2 })).toBe("Lognormal (μ, σ of the log): μ 0.1, σ 0.2");
  });

  it("leaves out optional parameters that are not set, and says when there is no distribution", () => {
    expect(describeDistribution({ type: "truncated-normal", mean: 5, sd: 1, min: 3 })).toBe("Truncated normal: Mean 5, Standard deviation 1, Minimum 3");
    expect(describeDistribution(null)).toBe("Deterministic");
  });
});
