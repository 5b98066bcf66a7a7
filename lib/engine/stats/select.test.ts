import { describe, expect, it } from "vitest";
import { orderStatistics, selectInPlace } from "./select";
import { sortFinite } from "./percentiles";

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

describe("order statistics by selection", () => {
  it("finds the value a sorted copy holds at every rank, with ties and non-finite values", () => {
    const random = seeded(11);
    const values = Float64Array.from({ length: 2000 }, (_, i) => (i % 97 === 0 ? NaN : i % 89 === 0 ? Infinity : Math.round(random() * 300) - 150));
    const sorted = sortFinite(values);
    const ranks = [0, 1, 17, 500, 1000, 1001, sorted.length - 2, sorted.length - 1];
    expect(orderStatistics(values, ranks)).toEqual(ranks.map((k) => sorted[k]));
    expect(orderStatistics(values, [sorted.length])).toEqual([NaN]);
  });

  it("partitions around the selected rank", () => {
    const random = seeded(5);
    const a = Float64Array.from({ length: 1000 }, () => random());
    selectInPlace(a, 300);
    const pivot = a[300] ?? NaN;
    expect(a.subarray(0, 300).every((x) => x <= pivot)).toBe(true);
    expect(a.subarray(301).every((x) => x >= pivot)).toBe(true);
  });
});
