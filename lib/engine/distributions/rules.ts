/**
 * Parameter rules for every distribution family, checked once (by createDistribution and by the
 * zod schema). Each issue names the field (dot path) and a stable rule id for the API.
 */
import type { DistributionIssue } from "./errors";
import type { DistributionSpec } from "./schema";

/** Probabilities of a discrete distribution must sum to 1 within this absolute tolerance. */
export const PROBABILITY_SUM_TOLERANCE = 1e-9;

type Issues = DistributionIssue[];

function isPositive(issues: Issues, field: string, value: number): void {
  if (!(value > 0)) issues.push({ field, rule: "positive", message: `must be > 0, got ${value}` });
}

function isOrdered(issues: Issues, min: number, max: number): void {
  if (!(min < max)) issues.push({ field: "max", rule: "min-lt-max", message: `must exceed min (${min}), got ${max}` });
}

function isModeInside(issues: Issues, min: number, mode: number, max: number): void {
  if (!(min <= mode && mode <= max)) {
    issues.push({ field: "mode", rule: "min-le-mode-le-max", message: `must lie in [${min}, ${max}], got ${mode}` });
  }
}

function checkDiscrete(issues: Issues, outcomes: ReadonlyArray<{ value: number; probability: number }>): void {
  const seen = new Set<number>();
  let sum = 0;
  outcomes.forEach((o, i) => {
    if (!(o.probability >= 0 && o.probability <= 1)) {
      issues.push({ field: `outcomes.${i}.probability`, rule: "probability", message: "must lie in [0, 1]" });
    }
    if (seen.has(o.value)) {
      issues.push({ field: `outcomes.${i}.value`, rule: "distinct", message: `duplicate value ${o.value}` });
    }
    seen.add(o.value);
    sum += o.probability;
  });
  if (!(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
    issues.push({ field: "outcomes", rule: "probabilities-sum-to-1", message: `probabilities sum to ${sum}, not 1` });
  }
}

function checkPercentiles(issues: Issues, spec: Extract<DistributionSpec, { type: "percentiles" }>): void {
  for (const key of ["low", "high"] as const) {
    const { p } = spec[key];
    if (!(p > 0 && p < 1)) issues.push({ field: `${key}.p`, rule: "open-unit", message: `must lie in (0, 1), got ${p}` });
  }
  if (!(spec.low.p < spec.high.p)) issues.push({ field: "high.p", rule: "low-lt-high", message: "must exceed low.p" });
  if (!(spec.low.value < spec.high.value)) {
    issues.push({ field: "high.value", rule: "low-lt-high", message: "must exceed low.value" });
  }
  const needsMode = spec.family === "triangular" || spec.family === "pert";
  if (needsMode && spec.mode === undefined) issues.push({ field: "mode", rule: "required", message: `required for ${spec.family}` });
  if (!needsMode && spec.mode !== undefined) issues.push({ field: "mode", rule: "not-allowed", message: `not used by ${spec.family}` });
  if (spec.family === "lognormal" && !(spec.low.value > 0)) isPositive(issues, "low.value", spec.low.value);
  if (spec.lambda !== undefined) {
    if (spec.family !== "pert") issues.push({ field: "lambda", rule: "not-allowed", message: "only used by pert" });
    else isPositive(issues, "lambda", spec.lambda);
  }
}

/**
 * Every rule the spec breaks (empty when valid).
 * @example
 * checkDistributionSpec({ type: "normal", mean: 1, sd: 0 }); // [{ field: "sd", rule: "positive", … }]
 */
export function checkDistributionSpec(spec: DistributionSpec): DistributionIssue[] {
  const issues: Issues = [];
  switch (spec.type) {
    case "fixed":
      break;
    case "uniform":
      isOrdered(issues, spec.min, spec.max);
      break;
    case "normal":
    case "lognormal-mean-sd":
      if (spec.type === "lognormal-mean-sd") isPositive(issues, "mean", spec.mean);
      isPositive(issues, "sd", spec.sd);
      break;
    case "truncated-normal":
      isPositive(issues, "sd", spec.sd);
      if (spec.min !== undefined && spec.max !== undefined) isOrdered(issues, spec.min, spec.max);
      break;
    case "lognormal":
      isPositive(issues, "sigma", spec.sigma);
      break;
    case "gamma":
      isPositive(issues, "shape", spec.shape);
      isPositive(issues, "scale", spec.scale);
      break;
    case "triangular":
    case "pert":
      isOrdered(issues, spec.min, spec.max);
      isModeInside(issues, spec.min, spec.mode, spec.max);
      if (spec.type === "pert" && spec.lambda !== undefined) isPositive(issues, "lambda", spec.lambda);
      break;
    case "beta":
      isPositive(issues, "alpha", spec.alpha);
      isPositive(issues, "beta", spec.beta);
      isOrdered(issues, spec.min ?? 0, spec.max ?? 1);
      break;
    case "discrete":
      checkDiscrete(issues, spec.outcomes);
      break;
    case "percentiles":
      checkPercentiles(issues, spec);
      break;
  }
  return issues;
}
