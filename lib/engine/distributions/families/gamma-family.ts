/** Gamma(shape k, scale θ), and the Marsaglia–Tsang gamma variate that beta and PERT sampling also use. */
import { drawNormal, drawUniform, fillVariates, type RandomStream } from "../../random";
import { inverseRegularizedLowerGamma, regularizedLowerGamma } from "../special/incomplete-gamma";
import type { DistributionCore } from "../types";

/**
 * Gamma(shape, 1) variate by Marsaglia & Tsang, "A simple method for generating gamma variables",
 * ACM TOMS 26(3), 2000; shapes below 1 use Gamma(shape + 1)·U^(1/shape).
 */
export function drawGamma(s: RandomStream, shape: number, d: number, c: number): number {
  for (;;) {
    let x = 0;
    let v = 0;
    do {
      x = drawNormal(s);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = drawUniform(s);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      return shape < 1 ? d * v * Math.pow(drawUniform(s), 1 / shape) : d * v;
    }
  }
}

/** The constants d = k − 1/3 (k + 1 below 1) and c = 1/√(9d) of drawGamma. */
export function gammaConstants(shape: number): { d: number; c: number } {
  const d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d) };
}

/**
 * Gamma with shape k > 0 and scale θ > 0 on [0, ∞): mean k·θ, variance k·θ², CDF P(k, x/θ).
 * Quantile by Halley-refined inverse of P (inverse CDF for Latin hypercube and Iman–Conover); fill() by
 * Marsaglia–Tsang, a different stream of values from the same seed than sample(u) gives.
 * @example
 * createGamma(5, 2).inverseCdf(0.95); // 18.307038053275146 (χ² with 10 degrees of freedom)
 */
export function createGamma(shape: number, scale: number): DistributionCore {
  const { d, c } = gammaConstants(shape);
  const quantile = (p: number): number => scale * inverseRegularizedLowerGamma(p, shape);
  return {
    mean: shape * scale,
    variance: shape * scale * scale,
    support: [0, Number.POSITIVE_INFINITY],
    cdf: (x) => (x <= 0 ? 0 : regularizedLowerGamma(shape, x / scale)),
    inverseCdf: quantile,
    sample: quantile,
    transformUniforms: (u, out, offset, count) => {
      for (let i = offset; i < offset + count; i++) out[i] = quantile(u[i] ?? Number.NaN);
    },
    fill: (s, out, offset, count) => fillVariates(s, out, offset, count, (stream) => scale * drawGamma(stream, shape, d, c)),
  };
}
