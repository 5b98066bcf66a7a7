/**
 * The Monte Carlo runner's contract: what a run is (plain JSON, so it can be stored as the run's
 * manifest and sent to worker threads), how it is executed, and what it returns.
 */
import type { WorkerPool } from "./worker-pool";
import type { DistributionSpec } from "../distributions";
import type { ModelOverride } from "../model";
import type { SamplingMethod } from "../sampling";
import type { ConvergencePoint, Histogram } from "../stats";

/** Output metrics evaluated per iteration. */
export const MONTE_CARLO_METRICS = ["npv", "irr", "payback", "discounted_payback"] as const;
export type MonteCarloMetric = (typeof MONTE_CARLO_METRICS)[number];

/** Units of each metric as reported (NPV in the scenario currency, IRR a fraction, paybacks in years from the start of period 0). */
export const METRIC_UNITS: Record<MonteCarloMetric, string> = {
  npv: "scenario currency",
  irr: "fraction per year",
  payback: "years from the start of period 0",
  discounted_payback: "years from the start of period 0",
};

/**
 * A stochastic variable. `per_iteration`: one draw per iteration. `per_period`: one independent draw
 * per PROJECT period and iteration (N sampled columns, stream labels hashStreamName(`${id}#${t}`)).
 */
export type MonteCarloVariable = {
  /** Stable id: its stream label is hashStreamName(id), so adding a variable leaves the others' draws unchanged. */
  id: string;
  name: string;
  distribution: DistributionSpec;
  override: ModelOverride;
};

/** Target Spearman rank correlation between two per_iteration variables (by id). */
export type VariableCorrelation = { a: string; b: string; rho: number };

export type ConvergenceOptions = {
  /** Stop at the first checkpoint where standard error / |estimate| ≤ this (e.g. 0.005). */
  relativeTolerance: number;
  /** Statistic of the `metric` that must converge; default "mean". */
  statistic?: "mean" | "p50";
  /** Default "npv". */
  metric?: MonteCarloMetric;
  /** No stop before this many iterations (default 10 000). */
  minIterations?: number;
};

/** A run, fully determined by this object (plus the engine version). */
export type MonteCarloSpec = {
  /** Raw ScenarioModelInputs; validated by compileModel. */
  inputs: unknown;
  variables: readonly MonteCarloVariable[];
  correlations?: readonly VariableCorrelation[];
  /** Refuse a non-positive-semi-definite correlation matrix instead of repairing it. */
  strictCorrelation?: boolean;
  iterations: number;
  /** Integer in [0, 2^53). */
  seed: number;
  sampler: SamplingMethod;
  /** Default: all four. */
  metrics?: readonly MonteCarloMetric[];
  /** Probabilities in [0, 1]; default P5, P10, P50, P90, P95. */
  percentiles?: readonly number[];
  /** VaR / expected-shortfall level; default 0.05. */
  riskLevel?: number;
  /** Return each metric's per-iteration values (Float64Array, iteration order). */
  keepSamples?: boolean;
  /** Exact percentiles (all values gathered) up to this many iterations; above it a quantile sketch. Default 2 000 000. */
  exactQuantileLimit?: number;
  /** Relative accuracy of the quantile sketch; default 0.001. */
  sketchAccuracy?: number;
  convergence?: ConvergenceOptions;
  /** Iterations (the first ones) used for rank correlations and regression; default 20 000. */
  sensitivitySampleSize?: number;
  /** Histogram bins; default: Freedman–Diaconis (exact mode), 50 (sketch mode). */
  histogramBins?: number;
  /** S-curve points; default 101. */
  sCurvePoints?: number;
};

export type MonteCarloOptions = {
  /** Worker threads; 0 = in-process. Default: os.availableParallelism(). */
  workers?: number;
  /** Iterations per chunk, a multiple of 4096; default chosen from iterations and workers. Never changes results. */
  chunkSize?: number;
  /** Called with the completed share of the iterations, in (0, 1]; reaches 1 at the end. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /**
   * Worker entry module. Default: `worker-entry.ts` next to this module run through tsx (sources:
   * vitest, tsx), or `worker-entry.js` next to it when the engine itself is compiled JavaScript.
   * A bundled deployment passes the URL of its prebuilt bundle (see README, "Workers").
   */
  workerUrl?: URL | string;
  /** execArgv for the workers; default ["--import", "tsx"] for a .ts entry, [] otherwise. */
  workerExecArgv?: string[];
  /** Warm workers to run on (createWorkerPool); `workers` and the worker entry options are then ignored. */
  pool?: WorkerPool;
};

export type MetricResult = {
  metric: MonteCarloMetric;
  unit: string;
  /** Iterations where the metric exists (finite). */
  count: number;
  /** Iterations where it does not (IRR none/several, payback not reached): NaN or ±Infinity. */
  nonFiniteCount: number;
  mean: number;
  sd: number;
  standardError: number;
  min: number;
  max: number;
  percentiles: { p: number; value: number }[];
  valueAtRisk: { level: number; value: number };
  /** Mean of the values ≤ VaR (exact mode); sketch mode: from the sketch buckets. */
  expectedShortfall: number;
  /** Share of finite values < 0 (NPV only; null for other metrics). */
  probabilityOfLoss: number | null;
  histogram: Histogram;
  sCurve: { probability: number; value: number }[];
  convergence: ConvergencePoint[];
  quantileMethod: "exact" | "sketch";
};

export type SensitivityBar = { id: string; name: string; value: number };
export type SwingResult = { id: string; name: string; low: number; high: number; npvAtLow: number; npvAtHigh: number; swing: number };

export type SensitivityResult = {
  /** Iterations used (the first ones, non-finite NPV rows removed). */
  sampleSize: number;
  spearman: SensitivityBar[];
  regression: { coefficients: SensitivityBar[]; rSquared: number } | null;
  /** Variables left out of the regression: constant in the sample, or collinear. */
  excluded: string[];
  /** Deterministic model with one variable at its P10 and P90 (others at their base inputs). */
  swings: { baseNpv: number; bars: SwingResult[] };
};

export type MonteCarloResult = {
  iterationsRequested: number;
  iterationsRun: number;
  stoppedEarly: boolean;
  seed: number;
  sampler: SamplingMethod;
  correlationWarnings: string[];
  metrics: MetricResult[];
  sensitivity: SensitivityResult;
  /** Only with keepSamples: per metric, iterationsRun values in iteration order. */
  samples?: Partial<Record<MonteCarloMetric, Float64Array>>;
};

/** Thrown (as the rejection) when the run's AbortSignal fires. */
export class CancelledError extends Error {
  readonly code = "cancelled";
  constructor(message = "Monte Carlo run cancelled") {
    super(message);
    this.name = "CancelledError";
  }
}
