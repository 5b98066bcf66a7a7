/**
 * Discounting conventions: where each period's flow sits in time and where the NPV is valued.
 *
 * Time is measured in years from the START of period 0 (period t spans [t, t + 1)). Period t's flow sits at
 *   T_t = t + 1 with "end" timing, T_t = t + 0.5 with "mid" timing.
 * The valuation time V is 0 (start of period 0), 1 (end of period 0, the default) or c (start of production: c =
 * construction periods = the first production period). Period t's discount factor is (1 + r)^-(T_t − V); flows
 * before V are compounded forward. With `periodZeroTiming: "at_valuation_date"` period 0's flow is kept at V
 * (factor 1) whatever the timing; periods 1.. keep theirs.
 *
 * Every factor is (1 + r)^s · (1 + r)^-t with the shift s = V − T_0, so one power per rate is enough
 * ({@link valuationShiftFactor}); the defaults (end timing, V = 1) give s = 0, i.e. (1 + r)^-t.
 */

export type DiscountTiming = "end" | "mid";
export const DISCOUNT_TIMINGS = ["end", "mid"] as const satisfies readonly DiscountTiming[];

export type ValuationDate = "start_of_period_0" | "end_of_period_0" | "start_of_production";
export const VALUATION_DATES = ["start_of_period_0", "end_of_period_0", "start_of_production"] as const satisfies readonly ValuationDate[];

export type PeriodZeroTiming = "with_timing" | "at_valuation_date";
export const PERIOD_ZERO_TIMINGS = ["with_timing", "at_valuation_date"] as const satisfies readonly PeriodZeroTiming[];

/** The convention in the finance functions' terms (no construction periods: the valuation date is a time V). */
export type DiscountConvention = {
  /** Default "end". */
  timing?: DiscountTiming;
  /** V, years from the start of period 0 to the valuation date; default 1 (end of period 0). */
  valuationTimeYears?: number;
  /** Default "with_timing". */
  periodZeroTiming?: PeriodZeroTiming;
};

export type ResolvedConvention = Readonly<Required<DiscountConvention>>;

/** The default convention: end-of-period flows valued at the end of period 0 (period 0 undiscounted). */
export const DEFAULT_CONVENTION: ResolvedConvention = Object.freeze({ timing: "end", valuationTimeYears: 1, periodZeroTiming: "with_timing" });

/**
 * Fills in the defaults; a bare timing is accepted for the older `(rate, period, timing)` call shape.
 * @param convention - a timing, a partial convention or nothing
 * @returns the full convention
 * @example resolveConvention("mid") // { timing: "mid", valuationTimeYears: 1, periodZeroTiming: "with_timing" }
 */
export function resolveConvention(convention: DiscountTiming | DiscountConvention | undefined): ResolvedConvention {
  if (convention === undefined) return DEFAULT_CONVENTION;
  if (typeof convention === "string") return { ...DEFAULT_CONVENTION, timing: convention };
  return {
    timing: convention.timing ?? DEFAULT_CONVENTION.timing,
    valuationTimeYears: convention.valuationTimeYears ?? DEFAULT_CONVENTION.valuationTimeYears,
    periodZeroTiming: convention.periodZeroTiming ?? DEFAULT_CONVENTION.periodZeroTiming,
  };
}

/**
 * Time of period t's flow, years from the start of period 0.
 * @param period - period index (0 = first construction year)
 * @param timing - "end" or "mid"
 * @returns t + 1 (end) or t + 0.5 (mid), years
 * @example flowTimeYears(2, "mid") // 2.5
 */
export function flowTimeYears(period: number, timing: DiscountTiming): number {
  return timing === "mid" ? period + 0.5 : period + 1;
}

/**
 * The valuation time V of a valuation date.
 * @param valuationDate - one of {@link VALUATION_DATES}
 * @param constructionPeriods - c, the number of construction periods (= the first production period)
 * @returns V in years from the start of period 0: 0, 1 or c
 * @throws {RangeError} when constructionPeriods is negative or not an integer
 * @example valuationTimeYears("start_of_production", 3) // 3
 */
export function valuationTimeYears(valuationDate: ValuationDate, constructionPeriods: number): number {
  if (!Number.isInteger(constructionPeriods) || constructionPeriods < 0) throw new RangeError(`valuationTimeYears: construction periods must be an integer >= 0, got ${constructionPeriods}`);
  if (valuationDate === "start_of_period_0") return 0;
  if (valuationDate === "end_of_period_0") return 1;
  return constructionPeriods;
}

/**
 * Years from the valuation date to period t's flow (negative when the flow comes before it and is compounded).
 * @param period - period index
 * @param convention - a timing or a (partial) convention; defaults as {@link DEFAULT_CONVENTION}
 * @returns T_t − V, or 0 for period 0 kept at the valuation date, years
 * @example periodTimeYears(1, { timing: "mid", valuationTimeYears: 0 }) // 1.5
 */
export function periodTimeYears(period: number, convention?: DiscountTiming | DiscountConvention): number {
  const c = resolveConvention(convention);
  if (period === 0 && c.periodZeroTiming === "at_valuation_date") return 0;
  return flowTimeYears(period, c.timing) - c.valuationTimeYears;
}

/**
 * The shift s = V − T_0 that every factor carries: factor_t = (1 + r)^s · (1 + r)^-t (period 0 kept at the
 * valuation date excepted).
 * @param convention - the full convention
 * @returns s in years: 0 for the defaults, 0.5 for mid timing at the end of period 0
 * @example valuationShiftYears({ timing: "end", valuationTimeYears: 3, periodZeroTiming: "with_timing" }) // 2
 */
export function valuationShiftYears(convention: ResolvedConvention): number {
  return convention.valuationTimeYears - flowTimeYears(0, convention.timing);
}

/**
 * (1 + r)^s, the one power an evaluation needs. s = 0 gives exactly 1 and s = 0.5 exactly Math.sqrt(1 + r), so the
 * default and the mid-period factors keep the bits they have always had.
 * @param rate - discount rate per period, fraction; must be > -1 (not checked: hot path)
 * @param shiftYears - s from {@link valuationShiftYears}
 * @returns the factor, dimensionless
 * @example valuationShiftFactor(0.1, 2) // 1.2100000000000002
 */
export function valuationShiftFactor(rate: number, shiftYears: number): number {
  if (shiftYears === 0) return 1;
  if (shiftYears === 0.5) return Math.sqrt(1 + rate);
  return Math.pow(1 + rate, shiftYears);
}
