/** Normal, lognormal and truncated normal distributions. */
import { fillNormal, fillUniform } from "../../random";
import { DistributionError } from "../errors";
import { normalCdf, normalPdf, normalQuantile } from "../special/normal-functions";
import type { DistributionCore } from "../types";

/**
 * Normal(mean, sd). fill() uses the ziggurat; sample() uses AS 241.
 * @example
 * createNormal(10, 2).inverseCdf(0.975); // 13.919927969080108
 */
export function createNormal(mean: number, sd: number): DistributionCore {
  const transformUniforms = (u: Float64Array, out: Float64Array, offset: number, count: number) => {
    for (let i = offset; i < offset + count; i++) out[i] = mean + sd * normalQuantile(u[i] ?? Number.NaN);
  };
  return {
    mean,
    variance: sd * sd,
    support: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
    cdf: (x) => normalCdf((x - mean) / sd),
    inverseCdf: (p) => mean + sd * normalQuantile(p),
    sample: (u) => mean + sd * normalQuantile(u),
    transformUniforms,
    fill: (s, out, offset, count) => {
      fillNormal(s, out, offset, count);
      for (let i = offset; i < offset + count; i++) out[i] = mean + sd * (out[i] ?? 0);
    },
  };
}

/**
 * Lognormal with ln X ~ Normal(mu, sigma): mean exp(mu + sigma²/2),
 * variance (exp(sigma²) − 1)·exp(2mu + sigma²).
 * @example
 * createLognormal(0, 1).inverseCdf(0.5); // 1
 */
export function createLognormal(mu: number, sigma: number): DistributionCore {
  const transformUniforms = (u: Float64Array, out: Float64Array, offset: number, count: number) => {
    for (let i = offset; i < offset + count; i++) out[i] = Math.exp(mu + sigma * normalQuantile(u[i] ?? Number.NaN));
  };
  const s2 = sigma * sigma;
  return {
    mean: Math.exp(mu + s2 / 2),
    variance: Math.expm1(s2) * Math.exp(2 * mu + s2),
    support: [0, Number.POSITIVE_INFINITY],
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
    inverseCdf: (p) => Math.exp(mu + sigma * normalQuantile(p)),
    sample: (u) => Math.exp(mu + sigma * normalQuantile(u)),
    transformUniforms,
    fill: (s, out, offset, count) => {
      fillNormal(s, out, offset, count);
      for (let i = offset; i < offset + count; i++) out[i] = Math.exp(mu + sigma * (out[i] ?? 0));
    },
  };
}

/**
 * Lognormal parameters from the arithmetic mean and sd: sigma² = ln(1 + sd²/mean²),
 * mu = ln(mean) − sigma²/2.
 * @example
 * lognormalFromMoments(1, 0.5); // { mu: -0.1115717756571049, sigma: 0.47238072707743883 }
 */
export function lognormalFromMoments(mean: number, sd: number): { mu: number; sigma: number } {
  const s2 = Math.log1p((sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - s2 / 2, sigma: Math.sqrt(s2) };
}

/** φ(z)·z with the limit 0 at ±Infinity. */
function zPdf(z: number): number {
  return Number.isFinite(z) ? z * normalPdf(z) : 0;
}

/**
 * Normal(mean, sd) truncated to [min, max] (either side may be open). Sampling by inverse CDF
 * on the side of the tail that keeps relative precision (mirrored when the interval is above the mean).
 * @throws {DistributionError} when the interval holds no probability in double precision.
 * @example
 * createTruncatedNormal(0, 1, 0, Infinity).mean; // 0.7978845608028654 = sqrt(2/pi)
 */
export function createTruncatedNormal(mean: number, sd: number, min: number, max: number): DistributionCore {
  const mirror = (min - mean) / sd > 0;
  const sign = mirror ? -1 : 1;
  const lo = mirror ? (mean - max) / sd : (min - mean) / sd;
  const hi = mirror ? (mean - min) / sd : (max - mean) / sd;
  const cdfLo = normalCdf(lo);
  const mass = normalCdf(hi) - cdfLo;
  if (!(mass > 0)) throw new DistributionError({ field: "min", rule: "positive-mass", message: "interval [min, max] has no probability" });
  const quantile = (p: number): number => {
    const z = normalQuantile(mirror ? cdfLo + (1 - p) * mass : cdfLo + p * mass);
    return Math.min(max, Math.max(min, mean + sign * sd * z));
  };
  const alpha = (min - mean) / sd;
  const beta = (max - mean) / sd;
  const ratio = (normalPdf(alpha) - normalPdf(beta)) / mass;
  const transformUniforms = (u: Float64Array, out: Float64Array, offset: number, count: number) => {
    for (let i = offset; i < offset + count; i++) out[i] = quantile(u[i] ?? Number.NaN);
  };
  return {
    mean: mean + sd * ratio,
    variance: sd * sd * (1 + (zPdf(alpha) - zPdf(beta)) / mass - ratio * ratio),
    support: [min, max],
    cdf: (x) => (x <= min ? 0 : x >= max ? 1 : (normalCdf((x - mean) / sd) - normalCdf(alpha)) / mass),
    inverseCdf: (p) => (p >= 0 && p <= 1 ? quantile(p) : Number.NaN),
    sample: quantile,
    transformUniforms,
    fill: (s, out, offset, count) => {
      fillUniform(s, out, offset, count);
      transformUniforms(out, out, offset, count);
    },
  };
}
