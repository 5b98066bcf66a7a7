import { describe, expect, it } from "vitest";
import { erfc, normalCdf, normalQuantile } from "../distributions";
import { logGamma } from "../distributions/special/log-gamma";
import { digamma, regularizedLowerGamma } from "../distributions/special/incomplete-gamma";
import { fitGamma, fitLognormal, fitNormal, fitPert, fitTriangular } from "./fit-families";
import { fitDistributions, kolmogorovSurvival, ksStatistic } from "./goodness-of-fit";

const EULER = 0.5772156649015329;
const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));

describe("regularized lower incomplete gamma", () => {
  it("matches the closed forms: P(1, x) = 1 − e^−x, P(1/2, x) = erf(√x), integer shapes by the Poisson sum", () => {
    for (const x of [0.1, 1, 3.7, 12]) {
      expect(regularizedLowerGamma(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
      expect(regularizedLowerGamma(0.5, x)).toBeCloseTo(1 - erfc(Math.sqrt(x)), 13);
    }
    // P(n, x) = 1 − e^−x Σ_{k<n} x^k / k!: 3 at 2 by the series branch, 10 at 15 by the continued fraction.
    expect(regularizedLowerGamma(3, 2)).toBeCloseTo(1 - 5 * Math.exp(-2), 14);
    const poisson = Array.from({ length: 10 }, (_, k) => 15 ** k / factorial(k)).reduce((a, b) => a + b, 0);
    expect(regularizedLowerGamma(10, 15)).toBeCloseTo(1 - Math.exp(-15) * poisson, 13);
  });
  it("gives digamma's published values: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(10) = H_9 − γ", () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 13);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 13);
    const h9 = Array.from({ length: 9 }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
    expect(digamma(10)).toBeCloseTo(h9 - EULER, 13);
  });
});

describe("fitting families", () => {
  const classic = [2, 4, 4, 4, 5, 5, 7, 9];
  it("normal: the mean and the population standard deviation (5 and 2 for the textbook sample)", () => {
    expect(fitNormal(classic).parameters).toEqual({ mean: 5, sd: 2 });
  });
  it("lognormal: the normal fit of ln x", () => {
    const fit = fitLognormal(classic.map(Math.exp));
    expect(fit.parameters.mu).toBeCloseTo(5, 12);
    expect(fit.parameters.sigma).toBeCloseTo(2, 12);
  });
  it("gamma: the shape solves the likelihood equation ln k − ψ(k) = ln x̄ − mean(ln x) and shape × scale = x̄", () => {
    const downtimeH = [3.1, 7.4, 2.2, 11.8, 5.6, 4.4, 9.3, 1.7, 6.2, 3.8, 8.1, 4.9];
    const { shape = NaN, scale = NaN } = fitGamma(downtimeH).parameters;
    const m = downtimeH.reduce((a, b) => a + b, 0) / downtimeH.length;
    const s = Math.log(m) - downtimeH.reduce((a, x) => a + Math.log(x), 0) / downtimeH.length;
    const h = 1e-5;
    const psi = (logGamma(shape + h) - logGamma(shape - h)) / (2 * h);
    expect(Math.log(shape) - psi).toBeCloseTo(s, 8);
    expect(shape * scale).toBeCloseTo(m, 12);
  });
  it("triangular and PERT: a mode that reproduces the sample mean inside a range widened beyond the sample's", () => {
    const values = [10, 11, 12, 12.5, 13, 14, 16];
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    const tri = fitTriangular(values).parameters;
    expect(((tri.min ?? 0) + (tri.mode ?? 0) + (tri.max ?? 0)) / 3).toBeCloseTo(m, 12);
    expect(tri.min).toBeCloseTo(10 - 1, 12);
    const pert = fitPert(values).parameters;
    expect(((pert.min ?? 0) + 4 * (pert.mode ?? 0) + (pert.max ?? 0)) / 6).toBeCloseTo(m, 12);
  });
});

describe("goodness of fit", () => {
  it("has the Kolmogorov distribution's published critical values: Q(1.3581) = 0.05, Q(1.2238) = 0.10", () => {
    expect(kolmogorovSurvival(1.3581)).toBeCloseTo(0.05, 4);
    expect(kolmogorovSurvival(1.2238)).toBeCloseTo(0.1, 4);
  });
  it("gives D = 1/(2n) for values at the midpoint quantiles of the true distribution", () => {
    const n = 50;
    const sorted = Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n));
    expect(ksStatistic(sorted, normalCdf)).toBeCloseTo(0.5 / n, 12);
  });
  it("ranks the normal fit first for normal data, with a high p-value, and says which families do not apply", () => {
    const normalData = Array.from({ length: 200 }, (_, i) => 10 + 2 * normalQuantile((i + 0.5) / 200) - 20);
    const outcomes = fitDistributions(normalData);
    const best = outcomes[0];
    expect(best?.ok && best.fit.family).toBe("normal");
    expect(best?.ok && best.fit.ksPValue).toBeGreaterThan(0.9);
    expect(best?.ok && best.fit.spec).toMatchObject({ type: "normal" });
    expect(outcomes.find((o) => o.family === "lognormal")).toEqual({ family: "lognormal", ok: false, reason: "needs values above 0" });
    expect(fitDistributions([1, 2, 3]).every((o) => !o.ok && o.reason === "needs at least 5 values")).toBe(true);
  });
  it("flags a clearly wrong family with a small p-value", () => {
    const skewed = Array.from({ length: 400 }, (_, i) => Math.exp(1.2 * normalQuantile((i + 0.5) / 400)));
    const normal = fitDistributions(skewed, ["normal", "lognormal"]);
    expect(normal[0]?.family).toBe("lognormal");
    const wrong = normal.find((o) => o.family === "normal");
    expect(wrong?.ok && wrong.fit.ksPValue).toBeLessThan(0.001);
  });
});
