/**
 * Goodness of fit of a fitted family to the values it was fitted to: the Kolmogorov–Smirnov statistic, its p-value,
 * and the points of a P–P plot. The p-value uses Stephens' approximation of the Kolmogorov distribution for the
 * statistic √n-scaled as (√n + 0.12 + 0.11/√n)·D (Stephens 1970); with parameters estimated from the same values the
 * test is conservative (a true p-value is smaller: Lilliefors), so it ranks fits and flags bad ones, no more.
 */
import { DistributionError } from "../distributions/errors";
import { FIT_FAMILIES, FITTERS, type FitFamily, type FittedFamily } from "./fit-families";

export type PpPoint = { empirical: number; fitted: number };

export type FitResult = {
  family: FitFamily;
  parameters: Record<string, number>;
  spec: FittedFamily["spec"];
  ksStatistic: number;
  ksPValue: number;
  /** (i − 0.5) / n against F(x_(i)) for the sorted values: on the diagonal for a perfect fit. */
  ppPoints: PpPoint[];
};

export type FitOutcome = { family: FitFamily; ok: true; fit: FitResult } | { family: FitFamily; ok: false; reason: string };

/**
 * Q(λ) = 2 Σ_{j ≥ 1} (−1)^(j−1) e^(−2 j² λ²), the Kolmogorov distribution's upper tail.
 * @example kolmogorovSurvival(1.358) // ≈ 0.05
 */
export function kolmogorovSurvival(lambda: number): number {
  if (lambda <= 0) return 1;
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = Math.exp(-2 * j * j * lambda * lambda);
    sum += (j % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-16) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * D = sup |F_n(x) − F(x)| over sorted values: max over i of i/n − F(x_(i)) and F(x_(i)) − (i − 1)/n.
 * @param sorted - ascending values
 */
export function ksStatistic(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  });
  return d;
}

/** The KS p-value by Stephens' approximation (see the file comment). */
export function ksPValue(d: number, n: number): number {
  const root = Math.sqrt(n);
  return kolmogorovSurvival((root + 0.12 + 0.11 / root) * d);
}

function evaluateFit(fitted: FittedFamily, sorted: readonly number[]): FitResult {
  const n = sorted.length;
  const d = ksStatistic(sorted, fitted.cdf);
  const ppPoints = sorted.map((x, i) => ({ empirical: (i + 0.5) / n, fitted: fitted.cdf(x) }));
  return { family: fitted.family, parameters: fitted.parameters, spec: fitted.spec, ksStatistic: d, ksPValue: ksPValue(d, n), ppPoints };
}

/** Why a family cannot be fitted to these values, or undefined. */
function refusal(family: FitFamily, sorted: readonly number[]): string | undefined {
  if (sorted.length < 5) return "needs at least 5 values";
  if ((sorted[0] ?? 0) === (sorted.at(-1) ?? 0)) return "the values are all equal";
  if ((family === "lognormal" || family === "gamma") && (sorted[0] ?? 0) <= 0) return "needs values above 0";
  return undefined;
}

/**
 * Every family fitted to `values`, best (smallest KS statistic) first; families that do not apply say why.
 * @param values - finite values in the variable's unit (order does not matter)
 * @example fitDistributions([12, 15, 9, 22, 14, 18, 11])[0] // { family: "…", ok: true, fit: { ksStatistic, … } }
 */
export function fitDistributions(values: readonly number[], families: readonly FitFamily[] = FIT_FAMILIES): FitOutcome[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const outcomes = families.map((family): FitOutcome => {
    const reason = refusal(family, sorted);
    if (reason) return { family, ok: false, reason };
    try {
      return { family, ok: true, fit: evaluateFit(FITTERS[family](sorted), sorted) };
    } catch (error) {
      if (error instanceof DistributionError) return { family, ok: false, reason: error.message };
      throw error;
    }
  });
  const score = (o: FitOutcome) => (o.ok ? o.fit.ksStatistic : Infinity);
  return outcomes.sort((a, b) => score(a) - score(b));
}
