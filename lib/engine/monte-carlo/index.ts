export { runMonteCarlo, splitIntoChunks } from "./run-monte-carlo";
export { evaluateChunkRange, mergeLeadingPartials, mergePartials, type ChunkPartial, type ChunkRangeOptions } from "./chunk-api";
export { ENGINE_VERSION } from "../version";
export { createWorkerPool, resolveWorkerEntry, type WorkerPool } from "./worker-pool";
export { columnStream, prepareRun, CHUNK_QUANTUM, DEFAULT_EXACT_QUANTILE_LIMIT, DEFAULT_SENSITIVITY_SAMPLE, DEFAULT_SKETCH_ACCURACY } from "./prepare-run";
export {
  CancelledError,
  METRIC_UNITS,
  MONTE_CARLO_METRICS,
  type ConvergenceOptions,
  type MetricResult,
  type MonteCarloMetric,
  type MonteCarloOptions,
  type MonteCarloResult,
  type MonteCarloSpec,
  type MonteCarloVariable,
  type SensitivityBar,
  type SensitivityResult,
  type SwingResult,
  type VariableCorrelation,
} from "./types";
