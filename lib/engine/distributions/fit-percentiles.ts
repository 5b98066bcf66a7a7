/**
 * Entry by percentiles: turns two percentiles (and the mode for triangular/PERT) into the
 * parameters of a named family.
 *
 * Normal / lognormal: closed form from z = Φ⁻¹(p). Triangular / PERT with a given mode m: write
 * min = m − r·W and max = m + (1 − r)·W, so every quantile is Q(p) = m + W·g(p, r) with r = the share
 * of the range below the mode. The two conditions Q(pL) = xL, Q(pH) = xH reduce to one equation
 * in r, h(r) = (xH − m)·g(pL, r) − (xL − m)·g(pH, r) = 0, solved by a scan for a sign change and
 * bisection (iterative, as @RISK's "Trigen"); then W = (xH − xL)/(g(pH, r) − g(pL, r)).
 */
import { DistributionError } from "./errors";
import { DEFAULT_PERT_LAMBDA } from "./families/beta-family";
import type { DistributionSpec } from "./schema";
import { inverseRegularizedBeta } from "./special/incomplete-beta";
import { normalQuantile } from "./special/normal-functions";

type PercentilesSpec = Extract<DistributionSpec, { type: "percentiles" }>;
type Standardised = (p: number, r: number) => number;

const SCAN_POINTS = 64;
const BISECTIONS = 60;
const R_EDGE = 1e-9;

function triangularG(p: number, r: number): number {
  return p <= r ? -r + Math.sqrt(p * r) : 1 - r - Math.sqrt((1 - p) * (1 - r));
}

function pertG(lambda: number): Standardised {
  return (p, r) => inverseRegularizedBeta(p, 1 + lambda * r, 1 + lambda * (1 - r)) - r;
}

function solveShare(g: Standardised, spec: PercentilesSpec, mode: number): number {
  const h = (r: number) => (spec.high.value - mode) * g(spec.low.p, r) - (spec.low.value - mode) * g(spec.high.p, r);
  let left = R_EDGE;
  let hLeft = h(left);
  for (let k = 1; k <= SCAN_POINTS; k++) {
    const right = k === SCAN_POINTS ? 1 - R_EDGE : k / SCAN_POINTS;
    const hRight = h(right);
    if (hLeft === 0) return left;
    if (Math.sign(hLeft) !== Math.sign(hRight)) return bisect(h, left, right, hLeft);
    left = right;
    hLeft = hRight;
  }
  throw new DistributionError({
    field: "mode",
    rule: "percentiles-infeasible",
    message: `no ${spec.family} with mode ${mode} has P${spec.low.p * 100} = ${spec.low.value} and P${spec.high.p * 100} = ${spec.high.value}`,
  });
}

function bisect(h: (r: number) => number, left: number, right: number, hLeft: number): number {
  let lo = left;
  let hi = right;
  let hLo = hLeft;
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = 0.5 * (lo + hi);
    const hMid = h(mid);
    if (hMid === 0) return mid;
    if (Math.sign(hMid) === Math.sign(hLo)) {
      lo = mid;
      hLo = hMid;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

function fitModeFamily(spec: PercentilesSpec, g: Standardised): { min: number; mode: number; max: number } {
  const mode = spec.mode ?? Number.NaN;
  const r = solveShare(g, spec, mode);
  const width = (spec.high.value - spec.low.value) / (g(spec.high.p, r) - g(spec.low.p, r));
  return { min: mode - r * width, mode, max: mode + (1 - r) * width };
}

/**
 * The parametric spec whose percentiles match the entry.
 * @throws {DistributionError} rule "percentiles-infeasible" when no member of the family fits.
 * @example
 * fitPercentiles({ type: "percentiles", family: "normal", low: { p: 0.1, value: 80 }, high: { p: 0.9, value: 120 } });
 * // { type: "normal", mean: 100, sd: 15.6079… }
 */
export function fitPercentiles(spec: PercentilesSpec): DistributionSpec {
  const zLow = normalQuantile(spec.low.p);
  const zHigh = normalQuantile(spec.high.p);
  switch (spec.family) {
    case "normal": {
      const sd = (spec.high.value - spec.low.value) / (zHigh - zLow);
      return { type: "normal", mean: spec.low.value - sd * zLow, sd };
    }
    case "lognormal": {
      const sigma = (Math.log(spec.high.value) - Math.log(spec.low.value)) / (zHigh - zLow);
      return { type: "lognormal", mu: Math.log(spec.low.value) - sigma * zLow, sigma };
    }
    case "triangular":
      return { type: "triangular", ...fitModeFamily(spec, triangularG) };
    case "pert": {
      const lambda = spec.lambda ?? DEFAULT_PERT_LAMBDA;
      return { type: "pert", ...fitModeFamily(spec, pertG(lambda)), lambda };
    }
  }
}
