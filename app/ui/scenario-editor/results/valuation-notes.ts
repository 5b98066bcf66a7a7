import type { DISCOUNTING_CONVENTIONS, PERIOD_ZERO_TIMINGS, VALUATION_DATES } from "@/lib/domain/scenarios";

// The words every view uses for the NPV's valuation date and the payback's origin. They must describe what the engine
// does (lib/engine/finance/conventions.ts, lib/engine/README.md §1 and §3), not a textbook convention: an economist
// who rebuilds the model from these words must get the same figure. valuation-notes.test.ts pins both to the engine.

/** A scenario's convention; null (unset) means end of period, as the engine's input mapping reads it (to-model-inputs.ts). */
export type DiscountingSetting = (typeof DISCOUNTING_CONVENTIONS)[number] | null;

/** The settings that decide the discount factors; unset ones are the engine's defaults. */
export type ValuationSettings = {
  discounting: DiscountingSetting;
  /** Unset = end of period 0. */
  valuationDate?: (typeof VALUATION_DATES)[number] | null;
  /** Unset = with_timing. */
  periodZeroTiming?: (typeof PERIOD_ZERO_TIMINGS)[number] | null;
  /** Needed for start_of_production (the valuation date is the start of period c). */
  constructionPeriods?: number | null;
};

/** V: years from the start of period 0 to the valuation date. */
function valuationTimeYears(settings: ValuationSettings): number {
  if (settings.valuationDate === "start_of_period_0") return 0;
  if (settings.valuationDate === "start_of_production") return settings.constructionPeriods ?? 0;
  return 1;
}

/**
 * The factor the notes below describe for period t's after-tax flow: the flow sits at t + 1 years from the start of
 * period 0 (end of period) or t + 0.5 (mid-period) and is divided by (1 + r)^(time − V); period 0's flow has factor 1
 * when it is kept at the valuation date.
 * @param settings - the scenario's conventions (unset = engine defaults)
 * @param ratePct - discount rate, % per year
 * @param period - project period, 0 = first construction year
 * @example discountFactorDescribed({ discounting: "end_of_period" }, 10, 1) // 1 / 1.1
 */
export function discountFactorDescribed(settings: ValuationSettings, ratePct: number, period: number): number {
  if (period === 0 && settings.periodZeroTiming === "at_valuation_date") return 1;
  const flowTime = settings.discounting === "mid_period" ? period + 0.5 : period + 1;
  return (1 + ratePct / 100) ** -(flowTime - valuationTimeYears(settings));
}

const VALUATION_WORDS = {
  start_of_period_0: "valued at the start of period 0 (the first construction year)",
  end_of_period_0: "valued at the end of period 0",
  start_of_production: "valued at the start of production",
} as const;

/**
 * How the NPV is discounted, in one sentence that follows "NPV after tax, …".
 * @param settings - the scenario's conventions; undefined when the caller does not know them (the default is stated)
 */
export function describeNpvValuation(settings: ValuationSettings | undefined): string {
  if (settings === undefined) {
    return "valued at the end of period 0 unless the scenario sets another date: period t's flow is divided by (1 + r)^t with end-of-period timing (period 0 not discounted), by (1 + r)^(t − 0.5) with mid-period timing.";
  }
  const date = VALUATION_WORDS[settings.valuationDate ?? "end_of_period_0"];
  const isMid = settings.discounting === "mid_period";
  const isPeriodZeroKept = settings.periodZeroTiming === "at_valuation_date";
  const timing = isMid ? "mid-period timing (each flow half a year before its period's end)" : "end-of-period timing";
  const periodZero = isPeriodZeroKept ? "; period 0's flow is kept at the valuation date (not discounted)" : "";
  if (!settings.valuationDate || settings.valuationDate === "end_of_period_0") {
    if (isPeriodZeroKept) return `${date} with ${timing}${periodZero}, period t's flow divided by (1 + r)^(t${isMid ? " − 0.5" : ""}).`;
    if (isMid) return `${date} with mid-period timing: period t's flow is divided by (1 + r)^(t − 0.5), so period 0's flow is carried half a year forward.`;
    return `${date} (end-of-period timing): period 0's flow is not discounted, period t's flow is divided by (1 + r)^t.`;
  }
  return `${date} with ${timing}${periodZero}: each flow is divided by (1 + r) to the power of its years after the valuation date.`;
}

/** Where payback is counted from, for every view that shows a payback in years. */
export const PAYBACK_ORIGIN_NOTE = "Payback is counted in years from the start of period 0 (the first construction year), each period's flow accruing evenly through its year.";
