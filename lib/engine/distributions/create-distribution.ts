/**
 * The one factory: validates a spec once, resolves percentile entries and defaults, and returns
 * the family's Distribution.
 */
import { DistributionError } from "./errors";
import { createFixed, createTriangular, createUniform } from "./families/closed-form";
import { createBeta, DEFAULT_PERT_LAMBDA, pertShapes } from "./families/beta-family";
import { createDiscrete } from "./families/discrete";
import { createGamma } from "./families/gamma-family";
import { createLognormal, createNormal, createTruncatedNormal, lognormalFromMoments } from "./families/normal-family";
import { fitPercentiles } from "./fit-percentiles";
import { checkDistributionSpec } from "./rules";
import type { DistributionSpec } from "./schema";
import type { Distribution, DistributionCore } from "./types";

function resolveSpec(spec: DistributionSpec): DistributionSpec {
  switch (spec.type) {
    case "percentiles":
      return fitPercentiles(spec);
    case "pert":
      return { ...spec, lambda: spec.lambda ?? DEFAULT_PERT_LAMBDA };
    case "beta":
      return { ...spec, min: spec.min ?? 0, max: spec.max ?? 1 };
    default:
      return spec;
  }
}

function buildCore(spec: DistributionSpec): DistributionCore {
  switch (spec.type) {
    case "fixed":
      return createFixed(spec.value);
    case "uniform":
      return createUniform(spec.min, spec.max);
    case "normal":
      return createNormal(spec.mean, spec.sd);
    case "truncated-normal":
      return createTruncatedNormal(spec.mean, spec.sd, spec.min ?? -Infinity, spec.max ?? Infinity);
    case "lognormal":
      return createLognormal(spec.mu, spec.sigma);
    case "lognormal-mean-sd": {
      const { mu, sigma } = lognormalFromMoments(spec.mean, spec.sd);
      return createLognormal(mu, sigma);
    }
    case "gamma":
      return createGamma(spec.shape, spec.scale);
    case "triangular":
      return createTriangular(spec.min, spec.mode, spec.max);
    case "pert": {
      const { alpha, beta } = pertShapes(spec.min, spec.mode, spec.max, spec.lambda ?? DEFAULT_PERT_LAMBDA);
      return createBeta(alpha, beta, spec.min, spec.max);
    }
    case "beta":
      return createBeta(spec.alpha, spec.beta, spec.min ?? 0, spec.max ?? 1);
    case "discrete":
      return createDiscrete(spec.outcomes);
    case "percentiles":
      return buildCore(fitPercentiles(spec));
  }
}

/**
 * Validates `spec` and returns its distribution.
 * @throws {DistributionError} naming the first broken field and rule (e.g. field "sd", rule "positive").
 * @example
 * const price = createDistribution({ type: "pert", min: 3.2, mode: 4.1, max: 5.5 });
 * price.mean; // (3.2 + 4·4.1 + 5.5) / 6
 */
export function createDistribution(spec: DistributionSpec): Distribution {
  const [issue] = checkDistributionSpec(spec);
  if (issue) throw new DistributionError(issue);
  const resolved = resolveSpec(spec);
  return { spec, resolved, ...buildCore(resolved) };
}
