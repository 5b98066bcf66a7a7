// What the simulation pages show, in one shape whatever the source (the API's JSON or a server component's query).
// It mirrors the engine's MonteCarloResult (lib/engine/monte-carlo/types.ts): the stored results are that object.

export const RUN_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type Sampler = "monte_carlo" | "latin_hypercube";
export type MetricKey = "npv" | "irr" | "payback" | "discounted_payback";

export type PercentileView = { p: number; value: number };
export type HistogramView = { edges: number[]; counts: number[] };
export type ConvergenceView = { iterations: number; mean: number; meanStandardError: number; p50: number; p50StandardError: number };

export type MetricView = {
  metric: MetricKey;
  /** Iterations where the metric exists. */
  count: number;
  /** Iterations where it does not (no IRR, payback never reached): always shown. */
  nonFiniteCount: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Probabilities in [0, 1], ascending. */
  percentiles: PercentileView[];
  valueAtRisk: { level: number; value: number } | null;
  expectedShortfall: number | null;
  /** Share of finite values below zero (NPV only). */
  probabilityOfLoss: number | null;
  histogram: HistogramView | null;
  sCurve: { probability: number; value: number }[];
  convergence: ConvergenceView[];
};

export type SensitivityBarView = { id: string; name: string; value: number };
export type SwingView = { id: string; name: string; low: number; high: number; npvAtLow: number; npvAtHigh: number; swing: number };

export type SensitivityView = {
  sampleSize: number;
  spearman: SensitivityBarView[];
  regression: { coefficients: SensitivityBarView[]; rSquared: number } | null;
  excluded: string[];
  swings: { baseNpv: number; bars: SwingView[] };
};

/** The convergence auto-stop a run asked for (tolerance in % of the statistic's absolute value) and whether it stopped. */
export type ConvergenceOutcomeView = {
  statistic: "mean" | "p50";
  relativeTolerancePct: number;
  minIterations: number;
  /** Iterations asked for; the run evaluated `iterationsRun` of them. */
  iterations: number;
  stoppedEarly: boolean;
};

export type RunResultsView = {
  metrics: MetricView[];
  sensitivity: SensitivityView | null;
  correlationWarnings: string[];
  /** Every iteration's values were kept (the run asked for keepSamples): the samples export is offered. */
  hasSamples: boolean;
  iterationsRun: number;
  /** Null when the run evaluates every iteration (no auto-stop asked for). */
  convergence: ConvergenceOutcomeView | null;
  /** Absolute price distributions set for another price than the run's (lib/scenarios/price-distribution-check.ts). */
  priceMismatches: { variableId: string; message: string }[];
  /** The deterministic model at the run's inputs (NPV in the scenario currency, IRR a fraction); null when unknown. */
  deterministic: { npv: number; irr: number | null } | null;
};

/** A run's header: enough for a history row, a progress bar and a title. */
export type RunSummaryView = {
  id: string;
  scenarioId: string;
  status: RunStatus;
  /** Share done, 0..1. */
  progress: number;
  iterations: number;
  sampler: Sampler;
  seed: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  errorMessage: string | null;
  createdByName: string | null;
  inputHash: string | null;
  engineVersion: string | null;
  /** P50 of NPV when the run succeeded (history tables). */
  npvP50: number | null;
};

export type RunView = RunSummaryView & { results: RunResultsView | null };

/** Where a run belongs, for titles, links and money units. */
export type RunContext = {
  projectId: string;
  projectName: string;
  scenarioId: string;
  scenarioName: string;
  currency: string;
};

export function isFinished(status: RunStatus): boolean {
  return status === "succeeded" || status === "failed" || status === "cancelled";
}
