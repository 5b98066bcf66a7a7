/**
 * Everything a run needs that is derived from its spec alone, computed identically in the main
 * thread and in every worker: the compiled model, the override binding, the sampled columns and
 * their stream labels, the correlation matrix over columns, and the fixed convergence checkpoints.
 *
 * Column layout: the values array of `evaluateModel` and the sampled columns coincide — column j
 * feeds values[j]. A per_iteration variable k owns column offsets[k]; a per_period one owns the N
 * columns offsets[k] .. offsets[k] + N − 1 (project periods 0..N−1).
 */
import { createDistribution, type Distribution } from "../distributions";
import { bindOverrides, compileModel, type CompiledModel, type OverrideBinding } from "../model";
import { hashStreamName } from "../random";
import { defaultCheckpoints } from "../stats";
import { MONTE_CARLO_METRICS, type MonteCarloMetric, type MonteCarloSpec } from "./types";
import { DEFAULT_PERCENTILES } from "../stats";

/** Iterations per block: sampling, correlation and chunking all align on it. */
export const CHUNK_QUANTUM = 4096;
export const DEFAULT_EXACT_QUANTILE_LIMIT = 2_000_000;
export const DEFAULT_SKETCH_ACCURACY = 0.001;
export const DEFAULT_SENSITIVITY_SAMPLE = 20_000;
export const DEFAULT_MIN_CONVERGENCE_ITERATIONS = 10_000;

export type SampledColumn = { variable: number; period: number; stream: number };

export type PreparedRun = {
  spec: MonteCarloSpec;
  model: CompiledModel;
  binding: OverrideBinding;
  distributions: Distribution[];
  columns: SampledColumn[];
  /** Spearman targets over columns (k×k), or undefined without correlations. */
  correlation: number[][] | undefined;
  metrics: MonteCarloMetric[];
  percentiles: number[];
  riskLevel: number;
  /** Exact percentiles from all values (true) or a quantile sketch (false). */
  isExact: boolean;
  sketchAccuracy: number;
  /** Convergence checkpoints (iterations), ascending, the last = iterations. */
  checkpoints: number[];
  sensitivitySampleSize: number;
};

/** Stream label of a sampled column: stable in the variable id (and period). */
export function columnStream(id: string, period: number): number {
  return hashStreamName(period < 0 ? id : `${id}#${period}`);
}

function checkSpec(spec: MonteCarloSpec): void {
  if (!Number.isSafeInteger(spec.iterations) || spec.iterations < 1) throw new RangeError("iterations: must be an integer ≥ 1");
  if (!Number.isSafeInteger(spec.seed) || spec.seed < 0) throw new RangeError("seed: must be an integer in [0, 2^53)");
  if (spec.sampler !== "monte-carlo" && spec.sampler !== "latin-hypercube") throw new RangeError(`sampler: unknown "${String(spec.sampler)}"`);
  const ids = new Set<string>();
  for (const v of spec.variables) {
    if (ids.has(v.id)) throw new RangeError(`variables: duplicate id "${v.id}"`);
    ids.add(v.id);
  }
  for (const p of spec.percentiles ?? []) if (!(p >= 0 && p <= 1)) throw new RangeError(`percentiles: ${p} is not a probability`);
  const level = spec.riskLevel ?? 0.05;
  if (!(level > 0 && level < 1)) throw new RangeError("riskLevel: must be in (0, 1)");
  for (const m of spec.metrics ?? []) if (!MONTE_CARLO_METRICS.includes(m)) throw new RangeError(`metrics: unknown "${m}"`);
  const tol = spec.convergence?.relativeTolerance;
  if (tol !== undefined && !(tol > 0)) throw new RangeError("convergence.relativeTolerance: must be > 0");
}

function buildColumns(spec: MonteCarloSpec, periodCount: number): SampledColumn[] {
  const columns: SampledColumn[] = [];
  spec.variables.forEach((v, k) => {
    if (v.override.scope === "per_period") {
      for (let t = 0; t < periodCount; t++) columns.push({ variable: k, period: t, stream: columnStream(v.id, t) });
    } else columns.push({ variable: k, period: -1, stream: columnStream(v.id, -1) });
  });
  return columns;
}

function buildCorrelation(spec: MonteCarloSpec, columns: readonly SampledColumn[]): number[][] | undefined {
  const pairs = spec.correlations ?? [];
  if (pairs.length === 0) return undefined;
  const columnOf = new Map<string, number>();
  columns.forEach((c, j) => {
    const v = spec.variables[c.variable];
    if (v && c.period < 0) columnOf.set(v.id, j);
  });
  const matrix: number[][] = columns.map((_, i) => columns.map((__, j) => (i === j ? 1 : 0)));
  for (const { a, b, rho } of pairs) {
    const i = columnOf.get(a);
    const j = columnOf.get(b);
    if (i === undefined || j === undefined) throw new RangeError(`correlations: "${i === undefined ? a : b}" is not a per_iteration variable of the run`);
    if (i === j || !(rho >= -1 && rho <= 1)) throw new RangeError(`correlations: invalid pair ${a}/${b} (${rho})`);
    (matrix[i] ?? [])[j] = rho;
    (matrix[j] ?? [])[i] = rho;
  }
  return matrix;
}

/** Checkpoints 100, 200, 500, … (below the iterations) and the iterations themselves. */
function buildCheckpoints(iterations: number): number[] {
  return defaultCheckpoints(iterations);
}

/**
 * Validates and prepares a run.
 * @throws {RangeError} for an invalid spec field; ScenarioModelValidationError / DistributionError from the model and distributions
 * @example const run = prepareRun(spec); run.columns.length // sampled columns
 */
export function prepareRun(spec: MonteCarloSpec): PreparedRun {
  checkSpec(spec);
  const model = compileModel(spec.inputs);
  const binding = bindOverrides(model, spec.variables.map((v) => v.override));
  const columns = buildColumns(spec, model.periodCount);
  if (columns.length !== binding.valueCount) throw new RangeError("internal: column layout does not match the override binding");
  const exactLimit = spec.exactQuantileLimit ?? DEFAULT_EXACT_QUANTILE_LIMIT;
  return {
    spec,
    model,
    binding,
    distributions: spec.variables.map((v) => createDistribution(v.distribution)),
    columns,
    correlation: buildCorrelation(spec, columns),
    metrics: [...(spec.metrics ?? MONTE_CARLO_METRICS)],
    percentiles: [...(spec.percentiles ?? DEFAULT_PERCENTILES)],
    riskLevel: spec.riskLevel ?? 0.05,
    isExact: spec.keepSamples === true || spec.iterations <= exactLimit,
    sketchAccuracy: spec.sketchAccuracy ?? DEFAULT_SKETCH_ACCURACY,
    checkpoints: buildCheckpoints(spec.iterations),
    sensitivitySampleSize: Math.min(spec.iterations, spec.sensitivitySampleSize ?? DEFAULT_SENSITIVITY_SAMPLE),
  };
}
