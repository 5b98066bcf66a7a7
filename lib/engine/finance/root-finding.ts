/**
 * Bracketed root finding shared by the finance functions and the model's break-even search.
 * Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4):
 * inverse quadratic / secant steps, falling back to bisection whenever they misbehave, so it
 * keeps the guaranteed convergence of bisection on a sign-changing bracket.
 */

/** Absolute tolerance on the abscissa (e.g. a rate as a fraction: 1e-12 = 1e-10 %). */
export const DEFAULT_ROOT_TOLERANCE = 1e-12;
const MAX_ITERATIONS = 200;

/**
 * Finds x in [a, b] with f(x) = 0, given f(a) and f(b) of opposite signs (or one of them zero).
 *
 * @param f - continuous function of one variable
 * @param a - lower end of the bracket
 * @param b - upper end of the bracket
 * @param tolerance - absolute tolerance on x
 * @returns the root
 * @throws {RangeError} when f(a) and f(b) have the same sign or are not finite
 * @example findRootBrent((x) => x * x - 2, 0, 2) // 1.4142135623730951
 */
export function findRootBrent(
  f: (x: number) => number,
  a: number,
  b: number,
  tolerance: number = DEFAULT_ROOT_TOLERANCE,
): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || Math.sign(fa) === Math.sign(fb)) {
    throw new RangeError(`findRootBrent: [${a}, ${b}] does not bracket a root (f = ${fa}, ${fb})`);
  }
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const step = interpolateStep(a, b, c, fa, fb, fc);
      if (2 * Math.abs(step.p) < Math.min(3 * m * step.q - Math.abs(tol * step.q), Math.abs(e * step.q))) {
        e = d;
        d = step.p / step.q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/** Secant (two distinct points) or inverse quadratic interpolation step, as p / q with q > 0 sign-adjusted. */
function interpolateStep(a: number, b: number, c: number, fa: number, fb: number, fc: number): { p: number; q: number } {
  const s = fb / fa;
  let p: number;
  let q: number;
  if (a === c) {
    p = (c - b) * s;
    q = 1 - s;
  } else {
    const qa = fa / fc;
    const r = fb / fc;
    p = s * ((c - b) * qa * (qa - r) - (b - a) * (r - 1));
    q = (qa - 1) * (r - 1) * (s - 1);
  }
  if (p > 0) q = -q;
  else p = -p;
  return { p, q };
}
