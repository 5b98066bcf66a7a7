import { describe, expect, it } from "vitest";
import { createStream, fillNormal } from "../random";
import { addExact, createExactSum, exactSum, exactSumValue, mergeExact } from "./exact-sum";
import { addToSketch, createQuantileSketch, mergeSketch, sketchQuantile } from "./quantile-sketch";
import { addToSummary, createSummary, mergeSummary, summarize, type StreamingSummary } from "./summary";
import { percentile, sortFinite } from "./percentiles";

function lumpyValues(n: number): Float64Array {
  const z = new Float64Array(n);
  fillNormal(createStream({ seed: 77, stream: 1 }), z, 0, n);
  // Mixed magnitudes make naive sums order-dependent.
  return z.map((v, i) => (i % 3 === 0 ? v * 1e9 : i % 3 === 1 ? v : v * 1e-7) + 123456.789);
}

function summaryByChunks(values: Float64Array, chunk: number): StreamingSummary {
  const total = createSummary();
  for (let start = 0; start < values.length; start += chunk) {
    const part = createSummary();
    addToSummary(part, values, start, Math.min(chunk, values.length - start));
    mergeSummary(total, part);
  }
  return total;
}

describe("exact summation", () => {
  it("is correctly rounded like math.fsum", () => {
    expect(exactSum(new Array<number>(10).fill(0.1))).toBe(1);
    expect(exactSum([1e100, 1, -1e100, 1e-20])).toBe(1);
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it("gives the same bits in any order and grouping", () => {
    const v = lumpyValues(10_000);
    const reversed = Float64Array.from(v).reverse();
    expect(exactSum(reversed)).toBe(exactSum(v));
    const a = createExactSum();
    const b = createExactSum();
    v.forEach((x, i) => addExact(i % 2 ? a : b, x));
    mergeExact(b, a);
    expect(exactSumValue(b)).toBe(exactSum(v));
  });
});

describe("streaming summary", () => {
  const values = lumpyValues(30_000);

  it("merges chunks of 1000, 333 and one chunk into identical bits", () => {
    const one = summarize(summaryByChunks(values, values.length));
    expect(summarize(summaryByChunks(values, 1000))).toEqual(one);
    expect(summarize(summaryByChunks(values, 333))).toEqual(one);
  });

  it("matches numpy's mean and sample variance", () => {
    const s = createSummary();
    addToSummary(s, [3.5, -2.25, 1e6, 7.125, 0.001]);
    const r = summarize(s);
    expect(r.mean).toBe(200001.6752);
    expect(r.variance).toBeCloseTo(199999162413.5117, 3);
    expect([r.min, r.max, r.count]).toEqual([-2.25, 1e6, 5]);
  });

  it("counts NaN and infinities instead of dropping them silently", () => {
    const s = createSummary();
    addToSummary(s, [1, Number.NaN, 2, Number.POSITIVE_INFINITY, Number.NaN, Number.NEGATIVE_INFINITY, 3]);
    expect(summarize(s)).toMatchObject({ count: 3, nonFiniteCount: 4, nanCount: 2, positiveInfinityCount: 1, negativeInfinityCount: 1, mean: 2, variance: 1 });
  });

  it("has no cancellation for a large offset with tiny spread", () => {
    const s = createSummary();
    addToSummary(s, [1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(summarize(s).variance).toBe(1);
  });
});

describe("quantile sketch", () => {
  it("stays within its relative error bound and merges exactly", () => {
    const v = lumpyValues(20_000).map((x) => x - 123456.789);
    const alpha = 0.005;
    const whole = createQuantileSketch(alpha);
    addToSketch(whole, v);
    const merged = createQuantileSketch(alpha);
    for (let s = 0; s < v.length; s += 777) {
      const part = createQuantileSketch(alpha);
      addToSketch(part, v, s, Math.min(777, v.length - s));
      mergeSketch(merged, part);
    }
    const sorted = sortFinite(v);
    for (const q of [0.01, 0.05, 0.25, 0.5, 0.9, 0.99]) {
      const exact = sorted[Math.floor(q * (sorted.length - 1))] ?? NaN;
      expect(Math.abs(sketchQuantile(whole, q) - exact)).toBeLessThanOrEqual(alpha * Math.abs(exact) * (1 + 1e-12));
      expect(sketchQuantile(merged, q)).toBe(sketchQuantile(whole, q));
    }
    expect(Math.abs(sketchQuantile(whole, 0.5) - percentile(sorted, 0.5))).toBeLessThan(0.01 * Math.abs(sorted[sorted.length - 1] ?? 1));
  });
});
