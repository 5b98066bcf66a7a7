export {
  checkCorrelationMatrix,
  CorrelationError,
  isPositiveSemiDefinite,
  nearestCorrelation,
  prepareCorrelation,
  type CorrelationIssue,
  type CorrelationWarning,
} from "./correlation-matrix";
export { applyImanConover, imanConoverTarget, spearmanToPearson } from "./iman-conover";
export {
  createLatinHypercube,
  fillLatinHypercube,
  randomPermutation,
  SUBSTREAM_IMAN_CONOVER,
  SUBSTREAM_LHS_JITTER,
  SUBSTREAM_LHS_PERMUTATION,
  SUBSTREAM_MONTE_CARLO,
  type LatinHypercube,
} from "./latin-hypercube";
export { cholesky, symmetricEigen, type Matrix } from "./matrix";
export {
  createSamplingPlan,
  DEFAULT_CORRELATION_BLOCK,
  type SampledVariable,
  type SamplingMethod,
  type SamplingPlan,
  type SamplingPlanOptions,
} from "./sampling-plan";
