/**
 * Distribution specs: the JSON shape stored (typed jsonb) with each stochastic variable and accepted
 * by the API. `distributionSpecSchema` checks the shape and every parameter rule (rules.ts), so a
 * parsed spec always builds; the inferred `DistributionSpec` type is the single source of truth.
 */
import { z } from "zod";
import { checkDistributionSpec } from "./rules";

const finite = z.number();
const probability = z.number().min(0).max(1);
const percentilePoint = z.object({ p: probability, value: finite });

export const distributionShapeSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("fixed"), value: finite }),
  z.object({ type: z.literal("uniform"), min: finite, max: finite }),
  z.object({ type: z.literal("normal"), mean: finite, sd: finite }),
  z.object({
    type: z.literal("truncated-normal"),
    mean: finite,
    sd: finite,
    min: finite.optional(),
    max: finite.optional(),
  }),
  z.object({ type: z.literal("lognormal"), mu: finite, sigma: finite }),
  z.object({ type: z.literal("lognormal-mean-sd"), mean: finite, sd: finite }),
  z.object({ type: z.literal("gamma"), shape: finite, scale: finite }),
  z.object({ type: z.literal("triangular"), min: finite, mode: finite, max: finite }),
  z.object({ type: z.literal("pert"), min: finite, mode: finite, max: finite, lambda: finite.optional() }),
  z.object({
    type: z.literal("beta"),
    alpha: finite,
    beta: finite,
    min: finite.optional(),
    max: finite.optional(),
  }),
  z.object({
    type: z.literal("discrete"),
    outcomes: z.array(z.object({ value: finite, probability })).min(1).max(10_000),
  }),
  z.object({
    type: z.literal("percentiles"),
    family: z.enum(["normal", "lognormal", "triangular", "pert"]),
    low: percentilePoint,
    high: percentilePoint,
    mode: finite.optional(),
    lambda: finite.optional(),
  }),
]);

/** A distribution spec whose shape and parameter rules are both valid. */
export const distributionSpecSchema = distributionShapeSchema.superRefine((spec, ctx) => {
  for (const issue of checkDistributionSpec(spec)) {
    ctx.addIssue({ code: "custom", path: issue.field.split("."), message: issue.message, params: { rule: issue.rule } });
  }
});

export type DistributionSpec = z.infer<typeof distributionShapeSchema>;
export type DistributionType = DistributionSpec["type"];
export type PercentileFamily = Extract<DistributionSpec, { type: "percentiles" }>["family"];
