/**
 * Discounting conventions and NPV.
 *
 * Time origin: the END of period 0 (the first construction year), which is the spreadsheet
 * convention `CF0 + NPV(r, CF1..CFn)`. Period t's cash flow is placed at
 *   - "end" of period: time t        -> discount factor (1 + r)^-t     (period 0 undiscounted)
 *   - "mid" period:    time t - 0.5  -> discount factor (1 + r)^-(t - 0.5)
 * So the mid-period NPV is exactly the end-of-period NPV times (1 + r)^0.5 (every flow half a year
 * earlier), period 0 included; IRR and payback do not depend on the convention.
 */

export type DiscountTiming = "end" | "mid";
export const DISCOUNT_TIMINGS = ["end", "mid"] as const satisfies readonly DiscountTiming[];

export type NpvOptions = { timing?: DiscountTiming };

/** Number-like sequence read by the finance functions: plain arrays or typed arrays. */
export type CashFlows = ArrayLike<number>;

/** Years between the valuation date (end of period 0) and period `period`'s cash flow. */
export function periodTimeYears(period: number, timing: DiscountTiming): number {
  return timing === "mid" ? period - 0.5 : period;
}

/**
 * Discount factor for period `period` at `rate`.
 *
 * @param rate - discount rate per period, fraction (0.08 = 8 %/year); must be > -1
 * @param period - period index (0 = first construction year)
 * @param timing - "end" (default) or "mid"
 * @returns (1 + rate)^-(t) or (1 + rate)^-(t - 0.5), dimensionless
 * @throws {RangeError} when rate <= -1
 * @example discountFactor(0.1, 2) // 0.8264462809917354
 */
export function discountFactor(rate: number, period: number, timing: DiscountTiming = "end"): number {
  assertRate(rate, "discountFactor");
  return Math.pow(1 + rate, -periodTimeYears(period, timing));
}

/**
 * Net present value at the end of period 0 (see the module comment for the timing convention).
 *
 * @param rate - discount rate per period, fraction; must be > -1
 * @param cashFlows - one cash flow per period, index 0 = period 0 (currency units)
 * @param options - `timing`: "end" (default) or "mid"
 * @returns NPV in the cash flows' currency
 * @throws {RangeError} when rate <= -1 or a cash flow is not finite
 * @example npv(0.1, [-10000, 3000, 4200, 6800]) // 1188.44 * 1.1 = 1307.29 (period 0 undiscounted)
 */
export function npv(rate: number, cashFlows: CashFlows, options: NpvOptions = {}): number {
  assertRate(rate, "npv");
  assertFinite(cashFlows, "npv");
  const timing = options.timing ?? "end";
  // Horner in v = 1 / (1 + r): sum CF_t v^t, then the half-period shift for mid-period timing.
  const v = 1 / (1 + rate);
  let acc = 0;
  for (let t = cashFlows.length - 1; t >= 0; t--) acc = acc * v + (cashFlows[t] ?? 0);
  return timing === "mid" ? acc * Math.sqrt(1 + rate) : acc;
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
 * @param options - discounting timing
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
 * @param options - discounting timing
 * @returns dimensionless ratio; Infinity when there is no outflow
 * @throws {RangeError} when rate <= -1
 * @example profitabilityIndex(0.1, [-100, 110]) // 1
 */
export function profitabilityIndex(rate: number, cashFlows: CashFlows, options: NpvOptions = {}): number {
  assertRate(rate, "profitabilityIndex");
  const timing = options.timing ?? "end";
  let inflowsPv = 0;
  let outflowsPv = 0;
  for (let t = 0; t < cashFlows.length; t++) {
    const pv = (cashFlows[t] ?? 0) * discountFactor(rate, t, timing);
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
