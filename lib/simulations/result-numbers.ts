import type { MonteCarloMetric, SensitivityBar, SensitivityResult, SwingResult } from "@/lib/engine/monte-carlo";

// The numbers of the API's answer before non-finite values are encoded, rebuilt key by key in the contract's order
// (lib/http/contracts/simulations.ts). Their two sources order keys differently: the engine's objects as it builds
// them, stored rows as jsonb keeps them (shorter keys first). Rebuilding makes a run answered in its request and
// the same run read back later the same JSON text, nonFinite paths included.

export type MetricNumbers = {
  metric: MonteCarloMetric;
  unit: string;
  count: number;
  nonFiniteCount: number;
  mean: number;
  sd: number;
  standardError: number;
  min: number;
  max: number;
  percentiles: { key: string; percent: number; value: number }[];
  valueAtRisk: { level: number; value: number };
  expectedShortfall: { level: number; value: number };
  probabilityOfLoss: number | null;
  histogram: { edges: number[]; counts: number[] };
  sCurve: { probability: number; value: number }[];
  convergence: { iterations: number; mean: number; meanStandardError: number; p50: number; p50StandardError: number }[];
  quantileMethod: "exact" | "sketch";
  hasSamples: boolean;
};

/** The metric's numbers in the contract's key order, percentiles ascending. */
export function toMetricNumbers(n: MetricNumbers): MetricNumbers {
  return {
    metric: n.metric,
    unit: n.unit,
    count: n.count,
    nonFiniteCount: n.nonFiniteCount,
    mean: n.mean,
    sd: n.sd,
    standardError: n.standardError,
    min: n.min,
    max: n.max,
    percentiles: n.percentiles.map(({ key, percent, value }) => ({ key, percent, value })).sort((a, b) => a.percent - b.percent),
    valueAtRisk: { level: n.valueAtRisk.level, value: n.valueAtRisk.value },
    expectedShortfall: { level: n.expectedShortfall.level, value: n.expectedShortfall.value },
    probabilityOfLoss: n.probabilityOfLoss,
    histogram: { edges: [...n.histogram.edges], counts: [...n.histogram.counts] },
    sCurve: n.sCurve.map(({ probability, value }) => ({ probability, value })),
    convergence: n.convergence.map(({ iterations, mean, meanStandardError, p50, p50StandardError }) => ({ iterations, mean, meanStandardError, p50, p50StandardError })),
    quantileMethod: n.quantileMethod,
    hasSamples: n.hasSamples,
  };
}

const toBar = ({ id, name, value }: SensitivityBar): SensitivityBar => ({ id, name, value });

const toSwing = ({ id, name, low, high, npvAtLow, npvAtHigh, swing }: SwingResult): SwingResult => ({ id, name, low, high, npvAtLow, npvAtHigh, swing });

/** The run's sensitivity in the contract's key order. */
export function toSensitivityNumbers(s: SensitivityResult): SensitivityResult {
  return {
    sampleSize: s.sampleSize,
    spearman: s.spearman.map(toBar),
    regression: s.regression ? { coefficients: s.regression.coefficients.map(toBar), rSquared: s.regression.rSquared } : null,
    excluded: [...s.excluded],
    swings: { baseNpv: s.swings.baseNpv, bars: s.swings.bars.map(toSwing) },
  };
}
