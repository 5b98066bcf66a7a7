/**
 * Payback periods. Convention (conservative): payback is reached when the cumulative cash flow
 * becomes non-negative FOR GOOD, i.e. after the last period whose cumulative is negative; a
 * temporary crossing followed by a new dip (e.g. a large sustaining or closure outlay) does not count.
 * Within the recovering period the flow is assumed to accrue uniformly, so the time is interpolated.
 *
 * Time is measured in years from the START of period 0: period t spans [t, t + 1).
 */
import type { DiscountConvention, DiscountTiming } from "./conventions";
import { assertFinite, assertRate, discountFactor, type CashFlows } from "./discounting";

export type PaybackResult = { reached: true; years: number } | { reached: false };

/**
 * Undiscounted payback.
 *
 * @param cashFlows - one net cash flow per period, index 0 = period 0 (currency units)
 * @returns `{ reached: true, years }` (years from the start of period 0; 0 when the cumulative is
 *   never negative) or `{ reached: false }` when the cumulative is still negative at the end
 * @throws {RangeError} when a cash flow is not finite
 * @example payback([-100, 30, 40, 50]) // { reached: true, years: 3.6 }
 */
export function payback(cashFlows: CashFlows): PaybackResult {
  assertFinite(cashFlows, "payback");
  const years = computePaybackYears(cashFlows, cashFlows.length);
  return Number.isNaN(years) ? { reached: false } : { reached: true, years };
}

/**
 * Discounted payback: as {@link payback} on the flows multiplied by their discount factors, still counted in years
 * from the START of period 0 whatever the valuation date. A valuation date or timing that scales every factor alike
 * does not change it; keeping period 0 at the valuation date (`periodZeroTiming`) does.
 *
 * @param cashFlows - one net cash flow per period (currency units)
 * @param rate - discount rate, fraction, > -1
 * @param convention - a timing ("end" default, "mid") or a full convention, see `discountFactor`
 * @returns as {@link payback}
 * @throws {RangeError} when rate <= -1 or a flow is not finite
 * @example discountedPayback([-100, 60, 60], 0.1) // { reached: true, years: 2.9167 }
 */
export function discountedPayback(cashFlows: CashFlows, rate: number, convention: DiscountTiming | DiscountConvention = "end"): PaybackResult {
  assertRate(rate, "discountedPayback");
  assertFinite(cashFlows, "discountedPayback");
  const discounted = Array.from({ length: cashFlows.length }, (_, t) => (cashFlows[t] ?? 0) * discountFactor(rate, t, convention));
  return payback(discounted);
}

/**
 * Allocation-free payback used by both the public function and the Monte Carlo evaluator.
 * @returns years from the start of period 0, or NaN when never reached for good
 */
export function computePaybackYears(cashFlows: CashFlows, length: number): number {
  let cumulative = 0;
  let lastNegative = -1;
  let cumulativeAtLastNegative = 0;
  for (let t = 0; t < length; t++) {
    cumulative += cashFlows[t] ?? 0;
    if (cumulative < 0) {
      lastNegative = t;
      cumulativeAtLastNegative = cumulative;
    }
  }
  if (lastNegative === -1) return 0;
  if (lastNegative === length - 1) return NaN;
  const recovering = cashFlows[lastNegative + 1] ?? 0;
  // recovering > 0 because the cumulative rises from < 0 to >= 0 in that period.
  return lastNegative + 1 + -cumulativeAtLastNegative / recovering;
}

/**
 * Allocation-free discounted payback on a discount-factor table (factors[t] for period t).
 * @returns years from the start of period 0, or NaN
 */
export function computeDiscountedPaybackYears(cashFlows: CashFlows, factors: CashFlows, length: number): number {
  let cumulative = 0;
  let lastNegative = -1;
  let cumulativeAtLastNegative = 0;
  for (let t = 0; t < length; t++) {
    cumulative += (cashFlows[t] ?? 0) * (factors[t] ?? 0);
    if (cumulative < 0) {
      lastNegative = t;
      cumulativeAtLastNegative = cumulative;
    }
  }
  if (lastNegative === -1) return 0;
  if (lastNegative === length - 1) return NaN;
  const recovering = (cashFlows[lastNegative + 1] ?? 0) * (factors[lastNegative + 1] ?? 0);
  return lastNegative + 1 + -cumulativeAtLastNegative / recovering;
}
