import { assertFinite, assertRate, type CashFlows } from "./discounting";

/**
 * Modified internal rate of return (Microsoft, "MIRR function"; numpy-financial `mirr`):
 *   MIRR = ( FV(positive flows, reinvestRate) / -PV(negative flows, financeRate) )^(1/(n-1)) - 1
 * with PV taken at period 0 and FV at period n-1.
 *
 * @param cashFlows - one cash flow per period, index 0 = period 0 (currency units); n >= 2
 * @param financeRate - rate paid on the money invested (negative flows), fraction per period
 * @param reinvestRate - rate earned on reinvested positive flows, fraction per period
 * @returns MIRR as a fraction per period, or NaN when there is no positive or no negative flow
 *   (numpy-financial's convention; Excel returns #DIV/0!)
 * @throws {RangeError} when a rate <= -1, a flow is not finite or fewer than 2 flows are given
 * @example mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12) // 0.1260941303659051
 */
export function mirr(cashFlows: CashFlows, financeRate: number, reinvestRate: number): number {
  assertRate(financeRate, "mirr");
  assertRate(reinvestRate, "mirr");
  assertFinite(cashFlows, "mirr");
  const n = cashFlows.length;
  if (n < 2) throw new RangeError("mirr: at least two cash flows are needed");
  let negativePv = 0;
  let positiveFv = 0;
  for (let t = 0; t < n; t++) {
    const flow = cashFlows[t] ?? 0;
    if (flow < 0) negativePv += flow / Math.pow(1 + financeRate, t);
    else positiveFv += flow * Math.pow(1 + reinvestRate, n - 1 - t);
  }
  if (negativePv === 0 || positiveFv === 0) return NaN;
  return Math.pow(positiveFv / -negativePv, 1 / (n - 1)) - 1;
}
