import { defaultCheckpoints } from "@/lib/engine/stats";
import type { ConvergenceOptions, MonteCarloMetric, MonteCarloSpec } from "@/lib/engine/monte-carlo";
import { CONVERGENCE_LIMITS, minIterationsMessage, type ConvergenceRequest, type ConvergenceSettingsOutput } from "@/lib/http/contracts/simulations";

// A run's convergence auto-stop between the API's words (a tolerance in percent of the NPV's mean or P50) and the
// engine's (a relative tolerance as a fraction, MonteCarloSpec.convergence). The engine decides a stop at fixed
// checkpoints in iteration order only, so a stopped run's results do not depend on the queue, chunks or workers.

/** The metric whose statistic must converge: the run form and the API speak of the NPV only. */
const CONVERGING_METRIC: MonteCarloMetric = "npv";

/**
 * The engine's options for a request. 0.5 % → 0.005 (the double nearest, like the literal).
 * @example toEngineConvergence({ statistic: "mean", relativeTolerancePct: 0.5, minIterations: 10_000 })
 *   // { relativeTolerance: 0.005, statistic: "mean", metric: "npv", minIterations: 10000 }
 */
export function toEngineConvergence(request: ConvergenceRequest): ConvergenceOptions {
  return { relativeTolerance: request.relativeTolerancePct / 100, statistic: request.statistic, metric: CONVERGING_METRIC, minIterations: request.minIterations };
}

/**
 * What a stored spec asked for, in the API's words; null without an auto-stop. The percent is rounded to 12
 * significant digits so 0.005 reads back as 0.5, not 0.5000000000000001.
 */
export function toConvergenceSettings(spec: Pick<MonteCarloSpec, "convergence"> | undefined): ConvergenceSettingsOutput | null {
  const options = spec?.convergence;
  if (!options) return null;
  return {
    statistic: options.statistic ?? "mean",
    relativeTolerancePct: Number((options.relativeTolerance * 100).toPrecision(12)),
    minIterations: options.minIterations ?? CONVERGENCE_LIMITS.defaultMinIterations,
  };
}

/**
 * Field errors of an auto-stop request against its run (the contract refuses these first; this guards scripts and
 * benchmarks that build manifests directly). Keys are the API's dotted field names.
 */
export function convergenceFieldErrors(request: ConvergenceRequest, run: { iterations: number; metrics?: readonly MonteCarloMetric[] }): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const { relativeTolerancePct: pct, minIterations } = request;
  if (!(pct > 0 && pct <= CONVERGENCE_LIMITS.maxTolerancePct)) errors["convergence.relativeTolerancePct"] = [`Tolerance (convergence.relativeTolerancePct) must be above 0 and at most ${CONVERGENCE_LIMITS.maxTolerancePct} % of the value`];
  if (!Number.isSafeInteger(minIterations) || minIterations < CONVERGENCE_LIMITS.minIterations) {
    errors["convergence.minIterations"] = [`Minimum iterations (convergence.minIterations) must be a whole number of at least ${CONVERGENCE_LIMITS.minIterations} iterations`];
  } else if (minIterations > run.iterations) errors["convergence.minIterations"] = [minIterationsMessage(minIterations, run.iterations)];
  if (run.metrics && !run.metrics.includes(CONVERGING_METRIC)) errors.metrics = ["Metrics must include npv when the run stops early on convergence: the NPV is what converges"];
  return errors;
}

/**
 * The checkpoints (iterations) at which a run may stop: the engine's fixed checkpoints from the minimum up to, not
 * including, the run's iterations (at the last one the run has ended anyway). Empty without an auto-stop.
 */
export function stopCheckpoints(spec: Pick<MonteCarloSpec, "iterations" | "convergence">): number[] {
  const options = spec.convergence;
  if (!options) return [];
  const from = options.minIterations ?? CONVERGENCE_LIMITS.defaultMinIterations;
  return defaultCheckpoints(spec.iterations).filter((at) => at >= from && at < spec.iterations);
}
