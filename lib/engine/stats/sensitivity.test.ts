import { describe, expect, it } from "vitest";
import { createStream, fillNormal } from "../random";
import { rankAverage, spearman } from "./ranks";
import { oneAtATimeSwing, rankCorrelations, standardizedRegression } from "./sensitivity";

function normals(stream: number, n: number): Float64Array {
  const z = new Float64Array(n);
  fillNormal(createStream({ seed: 8, stream }), z, 0, n);
  return z;
}

describe("ranks and Spearman", () => {
  it("averages tied ranks like scipy rankdata", () => {
    expect(Array.from(rankAverage([10, 20, 20, 5]))).toEqual([2, 3.5, 3.5, 1]);
  });

  it("gives 1 for a monotone transform and -1 for a decreasing one", () => {
    const x = normals(1, 1000);
    expect(spearman(x, x.map((v) => Math.exp(3 * v)))).toBeCloseTo(1, 14);
    expect(spearman(x, x.map((v) => -(v ** 3)))).toBeCloseTo(-1, 14);
  });
});

describe("sensitivity", () => {
  const n = 20_000;
  const a = normals(2, n);
  const b = normals(3, n);
  const noise = normals(4, n);
  const y = a.map((v, i) => 2 * v + 3 * (b[i] ?? 0));
  const inputs = [
    { name: "a", values: a },
    { name: "b", values: b },
    { name: "noise", values: noise },
  ];

  it("SRC of y = 2a + 3b with independent standard normals ≈ coefficient/sd(y)", () => {
    const { coefficients, rSquared } = standardizedRegression(inputs, y);
    expect(coefficients.map((c) => c.name)).toEqual(["b", "a", "noise"]);
    expect(coefficients[0]?.value).toBeCloseTo(3 / Math.sqrt(13), 2);
    expect(coefficients[1]?.value).toBeCloseTo(2 / Math.sqrt(13), 2);
    expect(Math.abs(coefficients[2]?.value ?? 1)).toBeLessThan(0.02);
    expect(rSquared).toBeCloseTo(1, 10);
  });

  it("ranks inputs by |Spearman| for a tornado", () => {
    const bars = rankCorrelations(inputs, y);
    expect(bars.map((bar) => bar.name)).toEqual(["b", "a", "noise"]);
    expect(bars[0]?.value ?? 0).toBeGreaterThan(bars[1]?.value ?? 1);
  });

  it("refuses collinear inputs", () => {
    expect(() => standardizedRegression([{ name: "a", values: a }, { name: "a2", values: a.map((v) => 2 * v) }], y)).toThrow(RangeError);
  });

  it("computes one-at-a-time swings sorted by size", () => {
    const f = (x: Readonly<Record<string, number>>) => 10 * (x.price ?? 0) - 2 * (x.cost ?? 0);
    const { baseOutput, bars } = oneAtATimeSwing(f, { price: 5, cost: 10 }, [
      { name: "cost", low: 5, high: 20 },
      { name: "price", low: 4, high: 6 },
    ]);
    expect(baseOutput).toBe(30);
    expect(bars).toEqual([
      { name: "cost", outputAtLow: 40, outputAtHigh: 10, swing: -30 },
      { name: "price", outputAtLow: 20, outputAtHigh: 40, swing: 20 },
    ]);
  });
});
