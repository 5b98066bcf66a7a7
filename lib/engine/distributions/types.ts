import type { RandomStream } from "../random";
import type { DistributionSpec } from "./schema";

/**
 * A validated distribution. Units are those of the variable it describes.
 * `sample(u)` is the inverse-CDF transform (used by Latin hypercube and Iman–Conover);
 * `fill` is the fastest sampler for plain Monte Carlo (ziggurat for normal families, gamma ratio
 * for beta/PERT) and consumes the stream's variates one per value.
 */
export type Distribution = {
  /** The spec as given. */
  readonly spec: DistributionSpec;
  /** The parametric spec actually used (percentile entries resolved, defaults applied). */
  readonly resolved: DistributionSpec;
  readonly mean: number;
  readonly variance: number;
  /** Smallest and largest possible values (may be ±Infinity). */
  readonly support: readonly [number, number];
  cdf(x: number): number;
  /** Quantile; p = 0 and 1 give the support bounds; p outside [0, 1] gives NaN. */
  inverseCdf(p: number): number;
  /** inverseCdf(u) for u in (0, 1). */
  sample(u: number): number;
  /** out[offset + i] = inverseCdf(u[offset + i]) for i < count; `u` and `out` may be the same array. */
  transformUniforms(u: Float64Array, out: Float64Array, offset: number, count: number): void;
  /** Draws `count` values from the stream into out[offset ..). */
  fill(stream: RandomStream, out: Float64Array, offset: number, count: number): void;
};

/** The parts a family supplies; createDistribution adds spec and resolved. */
export type DistributionCore = Omit<Distribution, "spec" | "resolved">;
