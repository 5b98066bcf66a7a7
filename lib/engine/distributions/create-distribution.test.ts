import { describe, expect, it } from "vitest";
import { createStream } from "../random";
import { createDistribution } from "./create-distribution";
import type { DistributionSpec } from "./schema";

const close = (actual: number, expected: number, rel = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));

describe("closed-form moments and quantiles", () => {
  it("normal: quantile 0.975 of N(10, 2) = 10 + 2·1.959963984540054", () => {
    const d = createDistribution({ type: "normal", mean: 10, sd: 2 });
    close(d.inverseCdf(0.975), 13.919927969080108);
    expect([d.mean, d.variance]).toEqual([10, 4]);
  });

  it("lognormal: mean exp(mu + sigma²/2), variance (e^σ² − 1)e^(2mu+σ²), P90 from scipy", () => {
    const d = createDistribution({ type: "lognormal", mu: 1, sigma: 0.5 });
    close(d.mean, Math.exp(1.125));
    close(d.variance, (Math.exp(0.25) - 1) * Math.exp(2.25));
    close(d.inverseCdf(0.9), 5.159170355622591);
  });

  it("lognormal by arithmetic mean and sd reproduces that mean and sd", () => {
    const d = createDistribution({ type: "lognormal-mean-sd", mean: 2.5, sd: 0.8 });
    close(d.mean, 2.5);
    close(d.variance, 0.64);
  });

  it("truncated normal matches scipy.stats.truncnorm (both sides and upper tail)", () => {
    const d = createDistribution({ type: "truncated-normal", mean: 10, sd: 2, min: 8, max: 15 });
    close(d.mean, 10.537499691249842, 1e-11);
    close(d.variance, 2.3422545619624, 1e-10);
    close(d.inverseCdf(0.3), 9.540771560476108, 1e-11);
    close(d.cdf(9), 0.17947070869208953, 1e-11);
    const tail = createDistribution({ type: "truncated-normal", mean: 10, sd: 2, min: 12, max: 20 });
    close(tail.mean, 13.050257321887283, 1e-11);
    close(tail.variance, 0.7962949816966227, 1e-10);
    close(tail.inverseCdf(0.3), 12.441833575739881, 1e-11);
    close(createDistribution({ type: "truncated-normal", mean: 0, sd: 1, min: 0 }).mean, Math.sqrt(2 / Math.PI));
  });

  it("triangular: quantiles in closed form, mean (a+b+c)/3", () => {
    const d = createDistribution({ type: "triangular", min: 0, mode: 3, max: 10 });
    close(d.inverseCdf(0.1), Math.sqrt(0.1 * 10 * 3));
    close(d.inverseCdf(0.9), 10 - Math.sqrt(0.1 * 10 * 7));
    close(d.mean, 13 / 3);
    close(d.variance, (9 + 100 - 30) / 18);
  });

  it("PERT: mean (min + λ·mode + max)/(λ + 2), default λ = 4 and a custom λ", () => {
    const d = createDistribution({ type: "pert", min: 2, mode: 3, max: 7 });
    close(d.mean, (2 + 12 + 7) / 6);
    expect(d.resolved).toEqual({ type: "pert", min: 2, mode: 3, max: 7, lambda: 4 });
    close(createDistribution({ type: "pert", min: 2, mode: 3, max: 7, lambda: 2 }).mean, (2 + 6 + 7) / 4);
  });

  it("beta(2, 5): median 0.26444998329566 (scipy), mean 2/7", () => {
    const d = createDistribution({ type: "beta", alpha: 2, beta: 5 });
    close(d.inverseCdf(0.5), 0.26444998329566005);
    close(d.mean, 2 / 7);
    close(createDistribution({ type: "beta", alpha: 2, beta: 5, min: 10, max: 20 }).inverseCdf(0.5), 12.6444998329566);
  });

  it("discrete: smallest value reaching p, moments from the table", () => {
    const d = createDistribution({
      type: "discrete",
      outcomes: [
        { value: 5, probability: 0.5 },
        { value: 1, probability: 0.2 },
        { value: 2, probability: 0.3 },
      ],
    });
    expect([d.inverseCdf(0.1), d.inverseCdf(0.2), d.inverseCdf(0.21), d.inverseCdf(0.99)]).toEqual([1, 1, 2, 5]);
    close(d.mean, 3.3);
    close(d.cdf(2), 0.5);
    expect(d.support).toEqual([1, 5]);
  });

  it("fixed and uniform", () => {
    expect(createDistribution({ type: "fixed", value: 7 }).inverseCdf(0.3)).toBe(7);
    const u = createDistribution({ type: "uniform", min: 2, max: 6 });
    expect([u.inverseCdf(0.25), u.mean, u.variance, u.cdf(5)]).toEqual([3, 4, 16 / 12, 0.75]);
  });
});

const CONTINUOUS: DistributionSpec[] = [
  { type: "uniform", min: -1, max: 3 },
  { type: "normal", mean: 100, sd: 15 },
  { type: "truncated-normal", mean: 0, sd: 1, min: -0.5, max: 2 },
  { type: "truncated-normal", mean: 0, sd: 1, min: 3 },
  { type: "lognormal", mu: 0.2, sigma: 0.8 },
  { type: "lognormal-mean-sd", mean: 3, sd: 1 },
  { type: "triangular", min: 1, mode: 1, max: 4 },
  { type: "triangular", min: 1, mode: 2.5, max: 4 },
  { type: "pert", min: 10, mode: 12, max: 20 },
  { type: "beta", alpha: 0.7, beta: 3, min: 0, max: 5 },
  { type: "gamma", shape: 0.5, scale: 2 },
  { type: "gamma", shape: 5, scale: 1.5 },
];

describe.each(CONTINUOUS)("$type %o", (spec) => {
  const d = createDistribution(spec);

  it("round-trips cdf(inverseCdf(p)) ≈ p over a grid", () => {
    for (let p = 0.001; p < 1; p += 0.0333) expect(Math.abs(d.cdf(d.inverseCdf(p)) - p)).toBeLessThan(1e-9);
  });

  it("has sampled mean and variance within 4 standard errors (fixed seed, fill)", () => {
    const n = 100_000;
    const x = new Float64Array(n);
    d.fill(createStream({ seed: 31337, stream: 9 }), x, 0, n);
    let mean = 0;
    for (const v of x) mean += v / n;
    let m2 = 0;
    let m4 = 0;
    for (const v of x) {
      m2 += (v - mean) ** 2 / n;
      m4 += (v - mean) ** 4 / n;
    }
    expect(Math.abs(mean - d.mean)).toBeLessThan(4 * Math.sqrt(d.variance / n));
    expect(Math.abs(m2 - d.variance)).toBeLessThan(4 * Math.sqrt((m4 - m2 * m2) / n));
    expect(x.every((v) => v >= d.support[0] && v <= d.support[1])).toBe(true);
  });

  it("transformUniforms agrees with sample() and works in place", () => {
    const u = Float64Array.from([0.01, 0.3, 0.5, 0.77, 0.999]);
    const out = new Float64Array(5);
    d.transformUniforms(u, out, 0, 5);
    expect(Array.from(out)).toEqual(Array.from(u, (p) => d.sample(p)));
    d.transformUniforms(u, u, 1, 3);
    expect(Array.from(u.subarray(1, 4))).toEqual(Array.from(out.subarray(1, 4)));
  });
});
