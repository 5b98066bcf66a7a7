export { convergedAt, convergence, convergencePointOfSorted, defaultCheckpoints, type ConvergencePoint } from "./convergence";
export { addExact, addExactProduct, createExactSum, exactSum, exactSumValue, mergeExact, type ExactSum } from "./exact-sum";
export { histogram, type BinRule, type Histogram } from "./histogram";
export {
  DEFAULT_PERCENTILES,
  expectedShortfall,
  percentile,
  percentiles,
  probabilityOfLoss,
  sCurve,
  sortFinite,
  valueAtRisk,
} from "./percentiles";
export { addToSketch, createQuantileSketch, mergeSketch, sketchQuantile, type QuantileSketch } from "./quantile-sketch";
export { mergeSortedValues, mergeValueRunsInto } from "./merge-sorted";
export { argsort, pearson, rankAverage, rankAverageInOrder, spearman } from "./ranks";
export {
  oneAtATimeSwing,
  rankCorrelations,
  rankCorrelationsOfRanks,
  standardizedRegression,
  type SensitivityInput,
  type SwingBar,
  type SwingRange,
  type TornadoBar,
} from "./sensitivity";
export { addToSummary, createSummary, mergeSummary, summarize, type StreamingSummary, type SummaryResult } from "./summary";
