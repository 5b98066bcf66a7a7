import type { DISCOUNTING_CONVENTIONS } from "@/lib/domain/scenarios";

// The words every view uses for the NPV's valuation date and the payback's origin. They must describe what the engine
// does (lib/engine/model/evaluate.ts computeIterationMetrics, lib/engine/README.md §1 and §3), not a textbook
// convention: an economist who rebuilds the model from these words must get the same figure. valuation-notes.test.ts
// pins both to the engine.

/** A scenario's convention; null (unset) means end of period, as the engine's input mapping reads it (to-model-inputs.ts). */
export type DiscountingSetting = (typeof DISCOUNTING_CONVENTIONS)[number] | null;

/**
 * The factor the notes below describe for period t's after-tax flow: (1 + r)^-t at the end of the period,
 * (1 + r)^-(t - 0.5) at mid-period. The valuation date is the END of period 0 either way.
 * @param discounting - the scenario's convention (unset = end of period)
 * @param ratePct - discount rate, % per year
 * @param period - project period, 0 = first construction year
 * @example discountFactorDescribed("end_of_period", 10, 1) // 1 / 1.1
 */
export function discountFactorDescribed(discounting: DiscountingSetting, ratePct: number, period: number): number {
  const yearsFromValuationDate = discounting === "mid_period" ? period - 0.5 : period;
  return (1 + ratePct / 100) ** -yearsFromValuationDate;
}

/**
 * How the NPV is discounted, in one sentence that follows "NPV after tax, …".
 * @param discounting - the scenario's convention; undefined when the caller does not know it (both are stated)
 */
export function describeNpvValuation(discounting: DiscountingSetting | undefined): string {
  if (discounting === undefined) {
    return "valued at the end of period 0: period t's flow is divided by (1 + r)^t with end-of-period timing (period 0 not discounted), by (1 + r)^(t − 0.5) with mid-period timing.";
  }
  if (discounting === "mid_period") {
    return "valued at the end of period 0 with mid-period timing: period t's flow is divided by (1 + r)^(t − 0.5), so period 0's flow is carried half a year forward.";
  }
  return "valued at the end of period 0 (end-of-period timing): period 0's flow is not discounted, period t's flow is divided by (1 + r)^t.";
}

/** Where payback is counted from, for every view that shows a payback in years. */
export const PAYBACK_ORIGIN_NOTE = "Payback is counted in years from the start of period 0 (the first construction year), each period's flow accruing evenly through its year.";

/** The valuation date in a few words, for column headers and footnotes. */
export const NPV_VALUATION_DATE_SHORT = "valued at the end of period 0";
