/**
 * Discount factors and NPV under the scenario's convention (conventions.ts): period t's flow sits at t + 1 (end
 * timing) or t + 0.5 (mid timing) years from the start of period 0, the NPV is valued at V (0, 1 or the start of
 * production) and period t's factor is (1 + r)^-(time_t − V); period 0's flow may be kept at V instead.
 *
 * The default (end timing, V = 1) is the spreadsheet convention `CF0 + NPV(r, CF1..CFn)`: period 0 undiscounted.
 * Moving V or switching end to mid multiplies every factor by the same (1 + r)^s, so IRR and (discounted) payback
 * do not depend on them; keeping period 0 at the valuation date changes period 0's weight only.
 */
import { periodTimeYears, resolveConvention, valuationShiftFactor, valuationShiftYears, type DiscountConvention, type DiscountTiming } from "./conventions";

export { DISCOUNT_TIMINGS, periodTimeYears, type DiscountTiming } from "./conventions";

/** Options of the NPV functions: the discounting convention (every field optional, defaults = end of period 0). */
export type NpvOptions = DiscountConvention;

/** Number-like sequence read by the finance functions: plain arrays or typed arrays. */
export type CashFlows = ArrayLike<number>;

/**
 * Discount factor for period `period` at `rate`.
 *
 * @param rate - discount rate per period, fraction (0.08 = 8 %/year); must be > -1
 * @param period - period index (0 = first construction year)
 * @param convention - a timing ("end", the default, or "mid") or a full convention
 * @returns (1 + rate)^-(time_t − V), dimensionless: (1 + rate)^-t by default, (1 + rate)^-(t − 0.5) for "mid"
 * @throws {RangeError} when rate <= -1
 * @example discountFactor(0.1, 2) // 0.8264462809917354
 * @example discountFactor(0.1, 0, { timing: "mid", periodZeroTiming: "at_valuation_date" }) // 1
 */
export function discountFactor(rate: number, period: number, convention: DiscountTiming | DiscountConvention = "end"): number {
  assertRate(rate, "discountFactor");
  return Math.pow(1 + rate, -periodTimeYears(period, convention));
}

/**
 * Net present value at the convention's valuation date (the end of period 0 by default).
 *
 * @param rate - discount rate per period, fraction; must be > -1
 * @param cashFlows - one cash flow per period, index 0 = period 0 (currency units)
 * @param options - the convention: `timing` ("end" default, "mid"), `valuationTimeYears` (V, default 1),
 *   `periodZeroTiming` ("with_timing" default, "at_valuation_date")
 * @returns NPV in the cash flows' currency
 * @throws {RangeError} when rate <= -1 or a cash flow is not finite
 * @example npv(0.1, [-10000, 3000, 4200, 6800]) // 1188.44 * 1.1 = 1307.29 (period 0 undiscounted)
 * @example npv(0.1, [100, 100, 100], { timing: "mid", valuationTimeYears: 0 }) // 260.82
 */
export function npv(rate: number, cashFlows: CashFlows, options: NpvOptions = {}): number {
  assertRate(rate, "npv");
  assertFinite(cashFlows, "npv");
  const convention = resolveConvention(options);
  const isPeriodZeroAtValuation = convention.periodZeroTiming === "at_valuation_date" && cashFlows.length > 0;
  // Horner in v = 1 / (1 + r): sum CF_t v^t (from period 1 when period 0 stays at the valuation date), then the
  // common shift (1 + r)^s: exactly 1 by default and exactly sqrt(1 + r) for mid timing at the end of period 0.
  const v = 1 / (1 + rate);
  const first = isPeriodZeroAtValuation ? 1 : 0;
  let acc = 0;
  for (let t = cashFlows.length - 1; t >= first; t--) acc = acc * v + (cashFlows[t] ?? 0);
  const shift = valuationShiftFactor(rate, valuationShiftYears(convention));
  return isPeriodZeroAtValuation ? (cashFlows[0] ?? 0) + acc * v * shift : acc * shift;
}

/**
 * Excel / numpy-style NPV is not this one: Excel's NPV discounts the FIRST value by one period,
 * `sum values[i] / (1 + rate)^(i + 1)` (Microsoft, "NPV function"). Provided for cross-checking.
 *
 * @param rate - discount rate per period, fraction; must be > -1
 * @param values - cash flows, the first one at the end of the first period (currency units)
 * @returns present value one period before the first value
 * @throws {RangeError} when rate <= -1 or a value is not finite
 * @example spreadsheetNpv(0.1, [-10000, 3000, 4200, 6800]) // 1188.4434123352207
 */
export function spreadsheetNpv(rate: number, values: CashFlows): number {
  return npv(rate, values) / (1 + rate);
}

/**
 * NPV at each of several rates (the NPV profile), same convention as {@link npv}.
 *
 * @param cashFlows - one cash flow per period (currency units)
 * @param rates - discount rates, fractions, each > -1
 * @param options - the discounting convention (see {@link npv})
 * @returns one NPV per rate, same order
 * @throws {RangeError} when a rate <= -1
 * @example npvProfile([-100, 60, 60], [0, 0.1]) // [20, 4.13...]
 */
export function npvProfile(cashFlows: CashFlows, rates: readonly number[], options: NpvOptions = {}): number[] {
  return rates.map((rate) => npv(rate, cashFlows, options));
}

/**
 * Profitability index (benefit-cost ratio): PV of the positive flows over the magnitude of the
 * PV of the negative flows, both at `rate`. Equals 1 + NPV / |PV(outflows)|; > 1 means NPV > 0.
 *
 * @param rate - discount rate, fraction; must be > -1
 * @param cashFlows - one net cash flow per period (currency units)
 * @param options - the discounting convention (see {@link npv})
 * @returns dimensionless ratio; Infinity when there is no outflow
 * @throws {RangeError} when rate <= -1
 * @example profitabilityIndex(0.1, [-100, 110]) // 1
 */
export function profitabilityIndex(rate: number, cashFlows: CashFlows, options: NpvOptions = {}): number {
  assertRate(rate, "profitabilityIndex");
  let inflowsPv = 0;
  let outflowsPv = 0;
  for (let t = 0; t < cashFlows.length; t++) {
    const pv = (cashFlows[t] ?? 0) * discountFactor(rate, t, options);
    if (pv > 0) inflowsPv += pv;
    else outflowsPv -= pv;
  }
  return outflowsPv === 0 ? Infinity : inflowsPv / outflowsPv;
}

export function assertRate(rate: number, where: string): void {
  if (!Number.isFinite(rate) || rate <= -1) throw new RangeError(`${where}: rate must be a finite number > -1, got ${rate}`);
}

export function assertFinite(values: CashFlows, where: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`${where}: value ${i} is not a finite number`);
  }
}
