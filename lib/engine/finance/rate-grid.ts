/**
 * Rate grids and the NPV polynomial used by the IRR solvers.
 *
 * NPV(r) = sum_t CF_t v^t with v = 1 / (1 + r): a polynomial in v, evaluated by Horner's rule
 * together with its derivative, without allocating (the Monte Carlo hot loop calls these).
 */
import type { CashFlows } from "./discounting";

/** Lowest rate searched for an IRR (fraction): -99 %. */
export const IRR_MIN_RATE = -0.99;
/** Highest rate searched for an IRR (fraction): 100 000 %. */
export const IRR_MAX_RATE = 1000;

/**
 * Coarse grid of rates (fractions): 1 % steps from -99 % to 100 %, 5 % steps to 500 %, then
 * geometric (x1.25) to 100 000 %. About 300 points: two IRRs closer together than one cell can
 * be missed by a sign-change scan, which is why {@link FINE_RATE_GRID} exists.
 */
export const COARSE_RATE_GRID: Float64Array = buildCoarseGrid();
/** The coarse grid with each cell split into 16: used by the robust `irr`. */
export const FINE_RATE_GRID: Float64Array = refineGrid(COARSE_RATE_GRID, 16);

function buildCoarseGrid(): Float64Array {
  const rates: number[] = [];
  for (let i = -99; i < 100; i++) rates.push(i / 100);
  for (let i = 20; i < 100; i++) rates.push(i / 20);
  for (let r = 5; r < IRR_MAX_RATE; r *= 1.25) rates.push(r);
  rates.push(IRR_MAX_RATE);
  return Float64Array.from(rates);
}

function refineGrid(grid: Float64Array, parts: number): Float64Array {
  const out = new Float64Array((grid.length - 1) * parts + 1);
  for (let i = 0; i + 1 < grid.length; i++) {
    const lo = grid[i] ?? 0;
    const hi = grid[i + 1] ?? 0;
    for (let k = 0; k < parts; k++) out[i * parts + k] = lo + ((hi - lo) * k) / parts;
  }
  out[out.length - 1] = grid[grid.length - 1] ?? 0;
  return out;
}

/**
 * End-of-period NPV at `rate` of the first `length` flows (period 0 undiscounted).
 * @param flows - cash flows, index 0 = period 0
 * @param length - number of flows to use
 * @param rate - fraction, > -1
 * @returns NPV (currency units)
 */
export function evaluateNpvPolynomial(flows: CashFlows, length: number, rate: number): number {
  const v = 1 / (1 + rate);
  let p = 0;
  for (let t = length - 1; t >= 0; t--) p = p * v + (flows[t] ?? 0);
  return p;
}

/** Derivative dNPV/dr at `rate` (currency units per unit rate); same convention as above. */
export function evaluateNpvDerivative(flows: CashFlows, length: number, rate: number): number {
  const v = 1 / (1 + rate);
  let p = 0;
  let dp = 0;
  for (let t = length - 1; t >= 0; t--) {
    dp = dp * v + p;
    p = p * v + (flows[t] ?? 0);
  }
  // dP/dv evaluated by Horner; dv/dr = -v^2.
  return -dp * v * v;
}

/**
 * Number of sign changes in the sequence, zeros ignored. By Descartes' rule of signs it bounds the
 * number of IRRs in (-100 %, +inf); exactly one sign change means exactly one IRR.
 */
export function countSignChanges(flows: CashFlows, length: number): number {
  let changes = 0;
  let previous = 0;
  for (let t = 0; t < length; t++) {
    const sign = Math.sign(flows[t] ?? 0);
    if (sign === 0) continue;
    if (previous !== 0 && sign !== previous) changes++;
    previous = sign;
  }
  return changes;
}

/**
 * Safeguarded Newton (Numerical Recipes' rtsafe): Newton steps that stay inside the bracket,
 * bisection otherwise. Requires NPV(lo) and NPV(hi) of opposite signs.
 * @returns the rate (fraction) with NPV = 0 to about 1e-13
 */
export function solveNpvInBracket(flows: CashFlows, length: number, lo: number, hi: number): number {
  const fLo = evaluateNpvPolynomial(flows, length, lo);
  if (fLo === 0) return lo;
  if (evaluateNpvPolynomial(flows, length, hi) === 0) return hi;
  // Orient so that NPV(low) < 0.
  let low = fLo < 0 ? lo : hi;
  let high = fLo < 0 ? hi : lo;
  let r = 0.5 * (lo + hi);
  let dxOld = Math.abs(hi - lo);
  let dx = dxOld;
  for (let i = 0; i < 200; i++) {
    const f = evaluateNpvPolynomial(flows, length, r);
    const df = evaluateNpvDerivative(flows, length, r);
    if (f === 0) return r;
    if (f < 0) low = r;
    else high = r;
    const outside = ((r - high) * df - f) * ((r - low) * df - f) > 0;
    if (outside || Math.abs(2 * f) > Math.abs(dxOld * df)) {
      dxOld = dx;
      dx = 0.5 * (high - low);
      r = low + dx;
    } else {
      dxOld = dx;
      dx = f / df;
      r -= dx;
    }
    if (Math.abs(dx) < 1e-14 * Math.max(1, Math.abs(r))) return r;
  }
  return r;
}

/**
 * Scans NPV on `grid` restricted to [minRate, maxRate] (both ends included as extra points) and
 * writes each root (exact zeros, or a bracket solved by safeguarded Newton) into `out`, ascending.
 * Stops once `maxRoots` roots are found, so a caller that only needs to know "one or more" can pass 2.
 * Points where NPV overflows (a long series near -100 %, where v = 1 / (1 + r) reaches 100 or more) are
 * skipped: the scan goes on from the first rate where NPV is finite, instead of finding no root at all.
 * @returns the number of roots written (<= maxRoots)
 */
export function scanGridForRoots(
  flows: CashFlows,
  length: number,
  grid: Float64Array,
  minRate: number,
  maxRate: number,
  out: Float64Array,
  maxRoots: number,
): number {
  let count = 0;
  let previousRate = minRate;
  let previous = evaluateNpvPolynomial(flows, length, minRate);
  if (previous === 0) out[count++] = minRate;
  for (let i = 0; i <= grid.length && count < maxRoots; i++) {
    const rate = i < grid.length ? (grid[i] ?? maxRate) : maxRate;
    if (rate <= previousRate || rate > maxRate) {
      if (i < grid.length) continue;
      if (rate <= previousRate) break;
    }
    const value = evaluateNpvPolynomial(flows, length, rate);
    if (!Number.isFinite(value)) continue;
    if (value === 0) out[count++] = rate;
    else if (Number.isFinite(previous) && previous !== 0 && (value > 0) !== (previous > 0)) out[count++] = solveNpvInBracket(flows, length, previousRate, rate);
    previous = value;
    previousRate = rate;
  }
  return count;
}
