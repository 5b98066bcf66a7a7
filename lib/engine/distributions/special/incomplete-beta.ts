/**
 * Regularised incomplete beta function I_x(a, b) and its inverse.
 * I_x by the continued fraction of Numerical Recipes (3rd ed., §6.4, modified Lentz), using the
 * symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly. The inverse starts
 * from the NR §6.14 initial guess and refines by Halley steps kept inside a shrinking bracket.
 */
import { logBeta } from "./log-gamma";

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 1000;

function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/**
 * I_x(a, b), the CDF of Beta(a, b) at x.
 * @param x point in [0, 1] (clamped outside)
 * @param a first shape, > 0
 * @param b second shape, > 0
 * @example
 * regularizedBeta(0.5, 2, 2); // 0.5
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** NR §6.14 starting point for the inverse. */
function initialGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (x * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const u = Math.exp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
}

/**
 * x such that I_x(a, b) = p (the Beta(a, b) quantile); |I_x − p| ~1e-14.
 * @param p probability in [0, 1]; NaN outside
 * @example
 * inverseRegularizedBeta(0.5, 2, 5); // 0.26444998329566
 */
export function inverseRegularizedBeta(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logNorm = -logBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = Math.min(Math.max(initialGuess(p, a, b), 1e-300), 1 - 1e-16);
  for (let iteration = 0; iteration < 100; iteration++) {
    const err = regularizedBeta(x, a, b) - p;
    if (err === 0) return x;
    if (err < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + logNorm);
    const u = err / density;
    const halley = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - (b - 1) / (1 - x))));
    let next = x - halley;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 4e-16 * Math.max(x, 1e-300) || hi - lo <= 4e-16 * hi) return next;
    x = next;
  }
  return x;
}
