/**
 * A fitted distribution as a factor on a scheduled input: the same shape divided by its mean, so the factor's mean
 * is 1 (e.g. maintenance cost per event → a multiplier of an operating-cost target).
 */
import { createDistribution } from "../distributions/create-distribution";
import type { DistributionSpec } from "../distributions/schema";

export type FactorSpec = Extract<DistributionSpec, { type: "normal" | "lognormal" | "gamma" | "triangular" | "pert" }>;

/**
 * X / E[X] for the fitted families (scale families: divide the scale parameters; lognormal: μ − ln E[X]).
 * @throws {DistributionError} for an invalid spec; Error when the mean is not positive (no factor to speak of)
 * @example specAsFactor({ type: "gamma", shape: 4, scale: 2.5 }) // { type: "gamma", shape: 4, scale: 0.25 }
 */
export function specAsFactor(spec: FactorSpec): FactorSpec {
  const mean = createDistribution(spec).mean;
  if (!(mean > 0)) throw new Error(`a factor needs a positive mean, got ${mean}`);
  switch (spec.type) {
    case "normal":
      return { type: "normal", mean: spec.mean / mean, sd: spec.sd / mean };
    case "lognormal":
      return { type: "lognormal", mu: spec.mu - Math.log(mean), sigma: spec.sigma };
    case "gamma":
      return { type: "gamma", shape: spec.shape, scale: spec.scale / mean };
    case "triangular":
      return { type: "triangular", min: spec.min / mean, mode: spec.mode / mean, max: spec.max / mean };
    case "pert":
      return { ...spec, min: spec.min / mean, mode: spec.mode / mean, max: spec.max / mean };
  }
}
