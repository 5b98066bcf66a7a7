import { formatNumber } from "@/app/ui/format";
import type { ConvergenceOutcomeView, MetricView } from "./types";

// How a run's convergence auto-stop went, in one sentence under its results. The figure reached is read from the
// NPV's last convergence point (at the iterations the run evaluated): standard error ÷ |estimate|, in percent.

const SUBJECT = { mean: "the mean NPV's standard error", p50: "the NPV P50's standard error" } as const;

/** Standard error of the statistic as % of its absolute value at the run's last convergence point; NaN when unknown. */
export function reachedTolerancePct(outcome: Pick<ConvergenceOutcomeView, "statistic">, npv: MetricView | undefined): number {
  const last = npv?.convergence.at(-1);
  if (!last) return Number.NaN;
  const [estimate, error] = outcome.statistic === "p50" ? [last.p50, last.p50StandardError] : [last.mean, last.meanStandardError];
  return (error / Math.abs(estimate)) * 100;
}

const asPct = (valuePct: number, digits: number): string => `${formatNumber(valuePct, digits)} %`;

/**
 * @example describeConvergence({ statistic: "mean", relativeTolerancePct: 0.5, minIterations: 10_000, iterations: 100_000, stoppedEarly: true }, 20_000, npv)
 *   // "Stopped at 20,000 of 100,000 iterations: the mean NPV's standard error reached 0.5 % of its value (0.47 %)."
 */
export function describeConvergence(outcome: ConvergenceOutcomeView, iterationsRun: number, npv: MetricView | undefined): string {
  const subject = SUBJECT[outcome.statistic];
  const target = asPct(outcome.relativeTolerancePct, 3);
  const reached = reachedTolerancePct(outcome, npv);
  const reachedText = Number.isFinite(reached) ? asPct(reached, 2) : null;
  if (outcome.stoppedEarly) {
    const figure = reachedText ? ` (${reachedText})` : "";
    return `Stopped at ${formatNumber(iterationsRun, 0)} of ${formatNumber(outcome.iterations, 0)} iterations: ${subject} reached ${target} of its value${figure}.`;
  }
  const all = `Ran all ${formatNumber(iterationsRun, 0)} iterations`;
  if (!reachedText) return `${all}; ${subject} could not be measured as a share of its value (target ${target}).`;
  return `${all}; ${subject} is ${reachedText} of its value (target ${target}).`;
}

/** The progress bar's text of a run that stopped early (the bar is full, the iterations were not all run); else undefined. */
export function stoppedEarlyProgressText(results: { iterationsRun: number; convergence: ConvergenceOutcomeView | null } | null): string | undefined {
  if (!results?.convergence?.stoppedEarly) return undefined;
  return `Converged — stopped at ${formatNumber(results.iterationsRun, 0)} of ${formatNumber(results.convergence.iterations, 0)} iterations`;
}
