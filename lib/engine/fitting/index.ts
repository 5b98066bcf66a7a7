export { FIT_FAMILIES, fitGamma, fitLognormal, fitNormal, fitPert, fitTriangular, type FitFamily, type FittedFamily } from "./fit-families";
export { fitDistributions, kolmogorovSurvival, ksPValue, ksStatistic, type FitOutcome, type FitResult, type PpPoint } from "./goodness-of-fit";
export { specAsFactor, type FactorSpec } from "./as-factor";
