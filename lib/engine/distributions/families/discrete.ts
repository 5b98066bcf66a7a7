/** Discrete distribution over a finite set of values. */
import { fillUniform } from "../../random";
import type { DistributionCore } from "../types";

/**
 * Discrete outcomes (validated: distinct values, probabilities summing to 1 within 1e-9).
 * Values are sorted; the quantile is the smallest value whose cumulative probability reaches p
 * (the last cumulative probability is set to exactly 1 so rounding never leaves a gap).
 * @example
 * createDiscrete([{ value: 1, probability: 0.25 }, { value: 2, probability: 0.75 }]).inverseCdf(0.3); // 2
 */
export function createDiscrete(outcomes: ReadonlyArray<{ value: number; probability: number }>): DistributionCore {
  const sorted = [...outcomes].sort((a, b) => a.value - b.value);
  const values = Float64Array.from(sorted, (o) => o.value);
  const cumulative = new Float64Array(sorted.length);
  let acc = 0;
  let mean = 0;
  sorted.forEach((o, i) => {
    acc += o.probability;
    cumulative[i] = acc;
    mean += o.probability * o.value;
  });
  cumulative[sorted.length - 1] = 1;
  const variance = sorted.reduce((v, o) => v + o.probability * (o.value - mean) ** 2, 0);
  const quantile = (p: number): number => {
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 1) < p) lo = mid + 1;
      else hi = mid;
    }
    return values[lo] ?? Number.NaN;
  };
  const transformUniforms = (u: Float64Array, out: Float64Array, offset: number, count: number) => {
    for (let i = offset; i < offset + count; i++) out[i] = quantile(u[i] ?? Number.NaN);
  };
  return {
    mean,
    variance,
    support: [values[0] ?? Number.NaN, values[values.length - 1] ?? Number.NaN],
    cdf: (x) => {
      let c = 0;
      for (let i = 0; i < values.length && (values[i] ?? Infinity) <= x; i++) c = cumulative[i] ?? 1;
      return c;
    },
    inverseCdf: (p) => (p >= 0 && p <= 1 ? quantile(p) : Number.NaN),
    sample: quantile,
    transformUniforms,
    fill: (s, out, offset, count) => {
      fillUniform(s, out, offset, count);
      transformUniforms(out, out, offset, count);
    },
  };
}
