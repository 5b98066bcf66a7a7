/** Families with closed-form CDF and quantile: fixed, uniform, triangular. */
import { fillUniform, type RandomStream } from "../../random";
import type { DistributionCore } from "../types";

/**
 * A constant. fill() consumes no variates.
 * @example
 * createFixed(3).inverseCdf(0.2); // 3
 */
export function createFixed(value: number): DistributionCore {
  return {
    mean: value,
    variance: 0,
    support: [value, value],
    cdf: (x) => (x < value ? 0 : 1),
    inverseCdf: (p) => (p >= 0 && p <= 1 ? value : Number.NaN),
    sample: () => value,
    transformUniforms: (_u, out, offset, count) => void out.fill(value, offset, offset + count),
    fill: (_s, out, offset, count) => void out.fill(value, offset, offset + count),
  };
}

/**
 * Uniform on [min, max]: mean (a+b)/2, variance (b−a)²/12.
 * @example
 * createUniform(2, 4).inverseCdf(0.25); // 2.5
 */
export function createUniform(min: number, max: number): DistributionCore {
  const width = max - min;
  const transformUniforms = (u: Float64Array, out: Float64Array, offset: number, count: number) => {
    for (let i = offset; i < offset + count; i++) out[i] = min + width * (u[i] ?? Number.NaN);
  };
  return {
    mean: 0.5 * (min + max),
    variance: (width * width) / 12,
    support: [min, max],
    cdf: (x) => (x <= min ? 0 : x >= max ? 1 : (x - min) / width),
    inverseCdf: (p) => (p >= 0 && p <= 1 ? min + width * p : Number.NaN),
    sample: (u) => min + width * u,
    transformUniforms,
    fill: (s: RandomStream, out, offset, count) => {
      fillUniform(s, out, offset, count);
      transformUniforms(out, out, offset, count);
    },
  };
}

/**
 * Triangular on [min, max] with the given mode: mean (a+b+c)/3,
 * variance (a²+b²+c²−ab−ac−bc)/18, quantile in closed form (square roots on each side of the mode).
 * @example
 * createTriangular(0, 1, 2).inverseCdf(0.5); // 1
 */
export function createTriangular(min: number, mode: number, max: number): DistributionCore {
  const width = max - min;
  const left = mode - min;
  const right = max - mode;
  const pMode = left / width;
  const quantile = (p: number): number =>
    p <= pMode ? min + Math.sqrt(p * width * left) : max - Math.sqrt((1 - p) * width * right);
  const transformUniforms = (u: Float64Array, out: Float64Array, offset: number, count: number) => {
    for (let i = offset; i < offset + count; i++) out[i] = quantile(u[i] ?? Number.NaN);
  };
  return {
    mean: (min + mode + max) / 3,
    variance: (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
    support: [min, max],
    cdf: (x) => {
      if (x <= min) return 0;
      if (x >= max) return 1;
      return x <= mode ? ((x - min) * (x - min)) / (width * left) : 1 - ((max - x) * (max - x)) / (width * right);
    },
    inverseCdf: (p) => (p >= 0 && p <= 1 ? quantile(p) : Number.NaN),
    sample: quantile,
    transformUniforms,
    fill: (s, out, offset, count) => {
      fillUniform(s, out, offset, count);
      transformUniforms(out, out, offset, count);
    },
  };
}
