/**
 * Internal rate of return: the rates r in a search range (default [-99 %, 100 000 %]) at which the
 * end-of-period NPV is 0. (Mid-period timing shifts every flow by the same half period, so it has
 * the same IRRs.)
 */
import { assertFinite, type CashFlows } from "./discounting";
import {
  COARSE_RATE_GRID,
  FINE_RATE_GRID,
  IRR_MAX_RATE,
  IRR_MIN_RATE,
  countSignChanges,
  evaluateNpvDerivative,
  evaluateNpvPolynomial,
  scanGridForRoots,
} from "./rate-grid";

/** Robust IRR result: never a number when the answer is not a single, well-defined rate. */
export type IrrResult =
  | { kind: "unique"; rate: number }
  | { kind: "none" }
  | { kind: "multiple"; rates: number[] };

/** Search range for IRRs, fractions; defaults IRR_MIN_RATE (-0.99) and IRR_MAX_RATE (1000). */
export type IrrSearchRange = { minRate?: number; maxRate?: number };

/**
 * All IRRs in the search range, found by a sign-change scan of NPV(r) on a fine rate grid and
 * polished by safeguarded Newton. One sign change in the flows guarantees at most one IRR (Descartes'
 * rule of signs); with several, every root whose distance to the next exceeds a grid cell is reported.
 * Roots of even multiplicity (NPV touching zero without crossing) are not detected.
 *
 * @param cashFlows - one net cash flow per period, index 0 = period 0 (currency units)
 * @param range - optional search range (fractions)
 * @returns `unique` (rate as a fraction), `none`, or `multiple` (rates ascending)
 * @throws {RangeError} when a cash flow is not finite or the range is empty or below -1
 * @example irr([-70000, 12000, 15000, 18000, 21000, 26000]) // { kind: "unique", rate: 0.0866 }
 */
export function irr(cashFlows: CashFlows, range: IrrSearchRange = {}): IrrResult {
  assertFinite(cashFlows, "irr");
  const minRate = range.minRate ?? IRR_MIN_RATE;
  const maxRate = range.maxRate ?? IRR_MAX_RATE;
  if (!(minRate > -1) || !(maxRate > minRate)) throw new RangeError(`irr: invalid search range [${minRate}, ${maxRate}]`);
  const n = cashFlows.length;
  if (countSignChanges(cashFlows, n) === 0) return { kind: "none" };
  const found = new Float64Array(FINE_RATE_GRID.length + 2);
  const count = scanGridForRoots(cashFlows, n, FINE_RATE_GRID, minRate, maxRate, found, found.length);
  if (count === 0) return { kind: "none" };
  if (count === 1) return { kind: "unique", rate: found[0] ?? NaN };
  return { kind: "multiple", rates: Array.from(found.subarray(0, count)) };
}

const FAST_ROOTS = new Float64Array(2);

/**
 * Fast IRR for the Monte Carlo hot loop: no allocation, no throw.
 *
 * Conventional flows (one sign change, so exactly one IRR in (-100 %, inf)): Newton from `guess`,
 * accepted when it lands in the range; otherwise, and for non-conventional flows, a scan of the
 * coarse grid, returning the IRR only when exactly one root lies in the range.
 *
 * @param cashFlows - net cash flows, index 0 = period 0
 * @param guess - starting rate (fraction), e.g. the base-case IRR; default 0.1
 * @param length - number of flows to use (default: all), so a scratch buffer can be longer
 * @param minRate - lower end of the search range, fraction (default -0.99)
 * @param maxRate - upper end of the search range, fraction (default 1000)
 * @returns the IRR as a fraction, or NaN when there is none or it is not unique in the range
 * @example irrFast(new Float64Array([-100, 39, 59, 55, 20])) // 0.2809484211599611
 */
export function irrFast(
  cashFlows: CashFlows,
  guess: number = 0.1,
  length: number = cashFlows.length,
  minRate: number = IRR_MIN_RATE,
  maxRate: number = IRR_MAX_RATE,
): number {
  const changes = countSignChanges(cashFlows, length);
  if (changes === 0 || !(length > 0) || !(minRate > -1) || !(maxRate > minRate)) return NaN;
  if (changes === 1) {
    const newton = solveByNewton(cashFlows, length, guess);
    if (newton >= minRate && newton <= maxRate) return newton;
  }
  const count = scanGridForRoots(cashFlows, length, COARSE_RATE_GRID, minRate, maxRate, FAST_ROOTS, 2);
  return count === 1 ? (FAST_ROOTS[0] ?? NaN) : NaN;
}

function solveByNewton(flows: CashFlows, length: number, guess: number): number {
  let r = Number.isFinite(guess) && guess > IRR_MIN_RATE ? guess : 0.1;
  for (let i = 0; i < 50; i++) {
    const f = evaluateNpvPolynomial(flows, length, r);
    const df = evaluateNpvDerivative(flows, length, r);
    if (!Number.isFinite(f) || !Number.isFinite(df) || df === 0) return NaN;
    const step = f / df;
    r -= step;
    if (!(r > -1)) return NaN;
    if (Math.abs(step) < 1e-13 * Math.max(1, Math.abs(r))) return r;
  }
  return NaN;
}
