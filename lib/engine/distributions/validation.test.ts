import { describe, expect, it } from "vitest";
import { createDistribution } from "./create-distribution";
import { DistributionError } from "./errors";
import { distributionSpecSchema, type DistributionSpec } from "./schema";

const INVALID: ReadonlyArray<readonly [string, DistributionSpec, string, string]> = [
  ["uniform min >= max", { type: "uniform", min: 2, max: 2 }, "max", "min-lt-max"],
  ["normal sd <= 0", { type: "normal", mean: 1, sd: 0 }, "sd", "positive"],
  ["truncated normal sd", { type: "truncated-normal", mean: 1, sd: -1 }, "sd", "positive"],
  ["truncated normal bounds", { type: "truncated-normal", mean: 1, sd: 1, min: 3, max: 2 }, "max", "min-lt-max"],
  ["lognormal sigma", { type: "lognormal", mu: 0, sigma: 0 }, "sigma", "positive"],
  ["lognormal mean", { type: "lognormal-mean-sd", mean: -1, sd: 1 }, "mean", "positive"],
  ["lognormal sd", { type: "lognormal-mean-sd", mean: 1, sd: 0 }, "sd", "positive"],
  ["triangular mode", { type: "triangular", min: 0, mode: 5, max: 4 }, "mode", "min-le-mode-le-max"],
  ["triangular order", { type: "triangular", min: 4, mode: 4, max: 4 }, "max", "min-lt-max"],
  ["pert mode", { type: "pert", min: 0, mode: -1, max: 4 }, "mode", "min-le-mode-le-max"],
  ["pert lambda", { type: "pert", min: 0, mode: 1, max: 4, lambda: 0 }, "lambda", "positive"],
  ["beta alpha", { type: "beta", alpha: 0, beta: 1 }, "alpha", "positive"],
  ["beta beta", { type: "beta", alpha: 1, beta: -2 }, "beta", "positive"],
  ["beta range", { type: "beta", alpha: 1, beta: 2, min: 1, max: 0 }, "max", "min-lt-max"],
  [
    "discrete sum",
    { type: "discrete", outcomes: [{ value: 1, probability: 0.5 }, { value: 2, probability: 0.4 }] },
    "outcomes",
    "probabilities-sum-to-1",
  ],
  [
    "discrete duplicates",
    { type: "discrete", outcomes: [{ value: 1, probability: 0.5 }, { value: 1, probability: 0.5 }] },
    "outcomes.1.value",
    "distinct",
  ],
  [
    "discrete probability",
    { type: "discrete", outcomes: [{ value: 1, probability: 1.5 }, { value: 2, probability: -0.5 }] },
    "outcomes.0.probability",
    "probability",
  ],
  [
    "percentile p",
    { type: "percentiles", family: "normal", low: { p: 0, value: 1 }, high: { p: 0.9, value: 2 } },
    "low.p",
    "open-unit",
  ],
  [
    "percentile order",
    { type: "percentiles", family: "normal", low: { p: 0.9, value: 1 }, high: { p: 0.1, value: 2 } },
    "high.p",
    "low-lt-high",
  ],
  [
    "percentile values",
    { type: "percentiles", family: "normal", low: { p: 0.1, value: 3 }, high: { p: 0.9, value: 2 } },
    "high.value",
    "low-lt-high",
  ],
  [
    "triangular needs mode",
    { type: "percentiles", family: "triangular", low: { p: 0.1, value: 1 }, high: { p: 0.9, value: 2 } },
    "mode",
    "required",
  ],
  [
    "normal takes no mode",
    { type: "percentiles", family: "normal", low: { p: 0.1, value: 1 }, high: { p: 0.9, value: 2 }, mode: 1.5 },
    "mode",
    "not-allowed",
  ],
  [
    "lognormal positive",
    { type: "percentiles", family: "lognormal", low: { p: 0.1, value: -1 }, high: { p: 0.9, value: 2 } },
    "low.value",
    "positive",
  ],
];

describe("validation", () => {
  it.each(INVALID)("rejects %s, naming the field and rule", (_name, spec, field, rule) => {
    let caught: unknown;
    try {
      createDistribution(spec);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DistributionError);
    expect(caught).toMatchObject({ field, rule, code: "INVALID_DISTRIBUTION" });
    const parsed = distributionSpecSchema.safeParse(spec);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });

  it("accepts probabilities that sum to 1 within 1e-9", () => {
    const outcomes = [
      { value: 1, probability: 0.1 },
      { value: 2, probability: 0.2 },
      { value: 3, probability: 0.7 + 5e-10 },
    ];
    expect(() => createDistribution({ type: "discrete", outcomes })).not.toThrow();
  });

  it("rejects a truncation interval with no probability", () => {
    expect(() => createDistribution({ type: "truncated-normal", mean: 0, sd: 1, min: 50, max: 60 })).toThrow(
      DistributionError,
    );
  });

  it("rejects infeasible percentile entries with a typed error", () => {
    const spec: DistributionSpec = {
      type: "percentiles",
      family: "triangular",
      low: { p: 0.1, value: 10 },
      high: { p: 0.9, value: 11 },
      mode: 100,
    };
    expect(() => createDistribution(spec)).toThrow(expect.objectContaining({ rule: "percentiles-infeasible" }));
  });

  it("schema rejects unknown types, missing fields and non-finite numbers", () => {
    expect(distributionSpecSchema.safeParse({ type: "weibull", k: 1 }).success).toBe(false);
    expect(distributionSpecSchema.safeParse({ type: "normal", mean: 1 }).success).toBe(false);
    expect(distributionSpecSchema.safeParse({ type: "normal", mean: Infinity, sd: 1 }).success).toBe(false);
    expect(distributionSpecSchema.parse({ type: "pert", min: 1, mode: 2, max: 3 })).toEqual({
      type: "pert",
      min: 1,
      mode: 2,
      max: 3,
    });
  });
});

describe("entry by percentiles", () => {
  const fits: ReadonlyArray<DistributionSpec> = [
    { type: "percentiles", family: "normal", low: { p: 0.1, value: 80 }, high: { p: 0.9, value: 120 } },
    { type: "percentiles", family: "lognormal", low: { p: 0.05, value: 2 }, high: { p: 0.95, value: 9 } },
    { type: "percentiles", family: "triangular", low: { p: 0.1, value: 4 }, high: { p: 0.9, value: 9 }, mode: 5 },
    { type: "percentiles", family: "triangular", low: { p: 0.1, value: 4 }, high: { p: 0.9, value: 9 }, mode: 8.5 },
    { type: "percentiles", family: "pert", low: { p: 0.1, value: 4 }, high: { p: 0.9, value: 9 }, mode: 5 },
    {
      type: "percentiles",
      family: "pert",
      low: { p: 0.2, value: 40 },
      high: { p: 0.8, value: 45 },
      mode: 44,
      lambda: 3,
    },
  ];

  it.each(fits)("reproduces the entered percentiles for %o", (spec) => {
    if (spec.type !== "percentiles") throw new Error("fixture");
    const d = createDistribution(spec);
    expect(Math.abs(d.cdf(spec.low.value) - spec.low.p)).toBeLessThan(1e-9);
    expect(Math.abs(d.cdf(spec.high.value) - spec.high.p)).toBeLessThan(1e-9);
    expect(d.resolved.type).toBe(spec.family);
    if (d.resolved.type === "triangular" || d.resolved.type === "pert") expect(d.resolved.mode).toBe(spec.mode);
  });

  it("fits the normal in closed form: P10 = 80, P90 = 120 -> mean 100, sd 40/(2·1.2815515655446004)", () => {
    const d = createDistribution(fits[0] ?? { type: "fixed", value: 0 });
    expect(d.resolved).toMatchObject({ type: "normal" });
    expect(d.mean).toBeCloseTo(100, 12);
    expect(Math.sqrt(d.variance)).toBeCloseTo(40 / (2 * 1.2815515655446004), 12);
  });
});
