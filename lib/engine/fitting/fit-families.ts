/**
 * Fitting a distribution family to logged values (maintenance downtime, costs, consumption): normal and lognormal by
 * maximum likelihood (closed form), gamma by maximum likelihood (shape from ln k − ψ(k) = ln x̄ − mean(ln x), solved by
 * Brent's method; scale = x̄ / k), triangular and PERT from the sample range and mean (method of moments for the
 * mode). Values in the unit of the variable.
 */
import { createDistribution } from "../distributions/create-distribution";
import type { DistributionSpec } from "../distributions/schema";
import { digamma } from "../distributions/special/incomplete-gamma";
import { findRootBrent } from "../finance";

export const FIT_FAMILIES = ["normal", "lognormal", "gamma", "triangular", "pert"] as const;
export type FitFamily = (typeof FIT_FAMILIES)[number];

export type FittedFamily = {
  family: FitFamily;
  /** The fitted parameters by name (normal: mean, sd; lognormal: mu, sigma of ln x; gamma: shape, scale; …). */
  parameters: Record<string, number>;
  /** The engine spec to use it as a stochastic variable. */
  spec: DistributionSpec;
  cdf: (x: number) => number;
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** From a spec the engine builds (and validates: a degenerate fit throws DistributionError). */
function fromSpec(family: FitFamily, parameters: Record<string, number>, spec: DistributionSpec): FittedFamily {
  const distribution = createDistribution(spec);
  return { family, parameters, spec, cdf: (x) => distribution.cdf(x) };
}

/** Maximum likelihood: mean and the population standard deviation (divisor n). */
export function fitNormal(xs: readonly number[]): FittedFamily {
  const m = mean(xs);
  const sd = Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
  return fromSpec("normal", { mean: m, sd }, { type: "normal", mean: m, sd });
}

/** Maximum likelihood on ln x (every value > 0). */
export function fitLognormal(xs: readonly number[]): FittedFamily {
  const logs = xs.map(Math.log);
  const mu = mean(logs);
  const sigma = Math.sqrt(mean(logs.map((l) => (l - mu) ** 2)));
  return fromSpec("lognormal", { mu, sigma }, { type: "lognormal", mu, sigma });
}

/**
 * Maximum likelihood (every value > 0): the shape k solves ln k − ψ(k) = s with s = ln x̄ − mean(ln x) > 0 (the
 * left side falls from +∞ to 0 as k grows, so the root is unique); bracketed around Minka's closed-form start.
 */
export function fitGamma(xs: readonly number[]): FittedFamily {
  const m = mean(xs);
  const s = Math.log(m) - mean(xs.map(Math.log));
  const start = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
  const shape = findRootBrent((k) => Math.log(k) - digamma(k) - s, start / 4, start * 4, 1e-13);
  const scale = m / shape;
  return fromSpec("gamma", { shape, scale }, { type: "gamma", shape, scale });
}

/**
 * The sample range widened by (max − min) / (n − 1) on each side (the true extremes lie beyond the sample's), and the
 * mode that gives the sample mean: triangular mean = (a + c + b) / 3, PERT mean = (a + 4c + b) / 6; clamped into [a, b].
 */
function rangeAndMode(xs: readonly number[], modeWeight: number): { min: number; mode: number; max: number } {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = (hi - lo) / Math.max(1, xs.length - 1);
  const [min, max] = [lo - pad, hi + pad];
  const mode = ((modeWeight + 2) * mean(xs) - min - max) / modeWeight;
  return { min, max, mode: Math.min(max, Math.max(min, mode)) };
}

export function fitTriangular(xs: readonly number[]): FittedFamily {
  const p = rangeAndMode(xs, 1);
  return fromSpec("triangular", p, { type: "triangular", ...p });
}

export function fitPert(xs: readonly number[]): FittedFamily {
  const p = rangeAndMode(xs, 4);
  return fromSpec("pert", p, { type: "pert", ...p });
}

export const FITTERS: Record<FitFamily, (xs: readonly number[]) => FittedFamily> = {
  normal: fitNormal,
  lognormal: fitLognormal,
  gamma: fitGamma,
  triangular: fitTriangular,
  pert: fitPert,
};
