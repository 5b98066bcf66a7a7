import { describe, expect, it } from "vitest";
import { createStream } from "./stream";
import { fillNormal, nextNormal } from "./ziggurat";

describe("fillNormal (ziggurat)", () => {
  const n = 400_000;
  const z = new Float64Array(n);
  fillNormal(createStream({ seed: 11, stream: 4 }), z, 0, n);

  it("has the moments of N(0, 1) within 4 standard errors", () => {
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (const x of z) {
      m1 += x;
      m2 += x * x;
      m3 += x ** 3;
      m4 += x ** 4;
    }
    expect(Math.abs(m1 / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(m2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(m3 / n)).toBeLessThan(4 * Math.sqrt(15 / n));
    expect(Math.abs(m4 / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
  });

  it("puts the right mass in the tails beyond the ziggurat base (|z| > 3.6541528853610088)", () => {
    // P(|Z| > r) = 2.5805e-4 (scipy.stats.norm.sf(r) * 2).
    const tail = z.filter((x) => Math.abs(x) > 3.6541528853610088).length;
    const expected = 2.5805e-4 * n;
    expect(Math.abs(tail - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it("matches the normal CDF at a few points (Kolmogorov distance < 1.63/sqrt(n))", () => {
    const sorted = Float64Array.from(z).sort();
    const points: ReadonlyArray<readonly [number, number]> = [
      [-2, 0.022750131948179195],
      [-1, 0.15865525393145707],
      [0, 0.5],
      [0.5, 0.6914624612740131],
      [1.5, 0.9331927987311419],
    ];
    for (const [x, p] of points) {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] ?? 0) <= x) lo = mid + 1;
        else hi = mid;
      }
      expect(Math.abs(lo / n - p)).toBeLessThan(1.63 / Math.sqrt(n));
    }
  });

  it("gives the same first value through nextNormal", () => {
    expect(nextNormal(createStream({ seed: 11, stream: 4 }))).toBe(z[0]);
  });
});
