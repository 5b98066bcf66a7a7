/**
 * Exact, order-independent summation (Shewchuk, "Adaptive precision floating-point arithmetic and
 * fast robust geometric predicates", Discrete Comput. Geom. 18, 1997; the algorithm of Python's
 * math.fsum). The accumulator holds the exact sum as non-overlapping partials; `exactSumValue`
 * rounds it correctly once. Because the exact sum does not depend on order or grouping, merging
 * accumulators of any chunking, in any order, gives bit-identical results.
 * Inputs must be finite with |x| < ~1e300 (non-finite values are counted elsewhere).
 */

/** Partials of an exact sum, smallest magnitude first. */
export type ExactSum = { partials: Float64Array; length: number };

const CAPACITY = 64;

/** An empty accumulator. */
export function createExactSum(): ExactSum {
  return { partials: new Float64Array(CAPACITY), length: 0 };
}

/**
 * Adds x exactly.
 * @example
 * const acc = createExactSum(); addExact(acc, 1e100); addExact(acc, 1); addExact(acc, -1e100);
 * exactSumValue(acc); // 1
 */
export function addExact(acc: ExactSum, value: number): void {
  const p = acc.partials;
  let x = value;
  let i = 0;
  for (let j = 0; j < acc.length; j++) {
    let y = p[j] ?? 0;
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) p[i++] = lo;
    x = hi;
  }
  p[i++] = x;
  acc.length = i;
}

/** Adds every partial of `other` into `acc` (exact merge). */
export function mergeExact(acc: ExactSum, other: ExactSum): void {
  for (let j = 0; j < other.length; j++) addExact(acc, other.partials[j] ?? 0);
}

/** Adds the exact product a·b (Dekker/Veltkamp split, no FMA needed). */
export function addExactProduct(acc: ExactSum, a: number, b: number): void {
  const product = a * b;
  const [aHi, aLo] = split(a);
  const [bHi, bLo] = split(b);
  const error = aLo * bLo - (((product - aHi * bHi) - aLo * bHi) - aHi * bLo);
  addExact(acc, product);
  addExact(acc, error);
}

const SPLITTER = 134217729; // 2^27 + 1

function split(a: number): [number, number] {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

/**
 * The correctly rounded value of the exact sum (round-half-even, as math.fsum).
 * @example
 * exactSumValue(acc);
 */
export function exactSumValue(acc: ExactSum): number {
  const p = acc.partials;
  let n = acc.length;
  if (n === 0) return 0;
  let hi = p[--n] ?? 0;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = p[--n] ?? 0;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  const next = p[n - 1] ?? 0;
  if (n > 0 && ((lo < 0 && next < 0) || (lo > 0 && next > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/**
 * Correctly rounded sum of an array, independent of element order.
 * @example
 * exactSum([0.1, 0.2, 0.3]); // 0.6 (naive left-to-right gives 0.6000000000000001)
 */
export function exactSum(values: ArrayLike<number>): number {
  const acc = createExactSum();
  for (let i = 0; i < values.length; i++) addExact(acc, values[i] ?? 0);
  return exactSumValue(acc);
}
