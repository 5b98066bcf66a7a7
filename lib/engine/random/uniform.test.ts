import { describe, expect, it } from "vitest";
import { createStream } from "./stream";
import { fillUniform, nextUniform } from "./uniform";

describe("fillUniform", () => {
  const n = 200_000;
  const u = new Float64Array(n);
  fillUniform(createStream({ seed: 2024, stream: 1 }), u, 0, n);

  it("stays strictly inside (0, 1) on a 2^-53 grid", () => {
    const bad = u.filter((x) => !(x > 0 && x < 1) || !Number.isInteger(x * 2 ** 53));
    expect(bad.length).toBe(0);
  });

  it("has mean 1/2 and variance 1/12 within 4 standard errors", () => {
    let sum = 0;
    let sumSq = 0;
    for (const x of u) {
      sum += x;
      sumSq += (x - 0.5) ** 2;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    // Var of (U - 1/2)^2 is 1/180; its standard error bounds the variance estimate.
    expect(Math.abs(sumSq / n - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / n));
  });

  it("fills equal decile counts (chi-square, 9 df, below the 0.999 quantile 27.88)", () => {
    const counts = new Array<number>(10).fill(0);
    for (const x of u) counts[Math.floor(x * 10)] = (counts[Math.floor(x * 10)] ?? 0) + 1;
    const expected = n / 10;
    const chi2 = counts.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88);
  });

  it("writes only the requested slice and reproduces the same bits for the same seed", () => {
    const out = new Float64Array(10).fill(-1);
    fillUniform(createStream({ seed: 2024, stream: 1 }), out, 3, 4);
    expect(Array.from(out.subarray(0, 3))).toEqual([-1, -1, -1]);
    expect(Array.from(out.subarray(7))).toEqual([-1, -1, -1]);
    expect(Array.from(out.subarray(3, 7))).toEqual(Array.from(u.subarray(0, 4)));
    expect(nextUniform(createStream({ seed: 2024, stream: 1 }))).toBe(u[0]);
  });
});
