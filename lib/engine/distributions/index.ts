export { createDistribution } from "./create-distribution";
export { DistributionError, type DistributionIssue } from "./errors";
export { fitPercentiles } from "./fit-percentiles";
export { checkDistributionSpec, PROBABILITY_SUM_TOLERANCE } from "./rules";
export {
  distributionShapeSchema,
  distributionSpecSchema,
  type DistributionSpec,
  type DistributionType,
  type PercentileFamily,
} from "./schema";
export type { Distribution } from "./types";
export { DEFAULT_PERT_LAMBDA } from "./families/beta-family";
export { inverseRegularizedBeta, regularizedBeta } from "./special/incomplete-beta";
export { inverseRegularizedLowerGamma, regularizedLowerGamma } from "./special/incomplete-gamma";
export { logBeta, logGamma } from "./special/log-gamma";
export { erfc, normalCdf, normalPdf, normalQuantile, normalSurvival } from "./special/normal-functions";
