import { describe, expect, it } from "vitest";
import { createStream, fillNormal } from "../random";
import { convergedAt, convergence, defaultCheckpoints } from "./convergence";
import { histogram } from "./histogram";
import { expectedShortfall, percentile, percentiles, probabilityOfLoss, sCurve, sortFinite, valueAtRisk } from "./percentiles";

const oneToTen = Float64Array.from({ length: 10 }, (_, i) => i + 1);

describe("percentiles (type 7 = numpy linear = Excel PERCENTILE.INC)", () => {
  it.each([
    [0.05, 1.45],
    [0.1, 1.9],
    [0.25, 3.25],
    [0.5, 5.5],
    [0.9, 9.1],
    [0.95, 9.549999999999999],
    [0, 1],
    [1, 10],
  ])("P%d of 1..10 equals numpy's %d", (p, expected) => {
    expect(percentile(oneToTen, p)).toBeCloseTo(expected, 14);
  });

  it("reports the default set and drops non-finite values before sorting", () => {
    expect(percentiles(oneToTen).map((x) => x.p)).toEqual([0.05, 0.1, 0.5, 0.9, 0.95]);
    expect(Array.from(sortFinite([3, Number.NaN, -1, Number.POSITIVE_INFINITY, 2]))).toEqual([-1, 2, 3]);
    expect(percentile(new Float64Array(0), 0.5)).toBeNaN();
  });
});

describe("risk measures", () => {
  const npv = Float64Array.from({ length: 101 }, (_, i) => i - 20); // -20 .. 80

  it("VaR_5% is the P5 of NPV and ES the mean of values at or below it", () => {
    expect(valueAtRisk(npv, 0.05)).toBe(-15);
    expect(expectedShortfall(npv, 0.05)).toBe(-17.5);
  });

  it("probability of loss is the share of values below zero", () => {
    expect(probabilityOfLoss(npv)).toBeCloseTo(20 / 101, 15);
  });

  it("S-curve runs from min to max at evenly spaced probabilities", () => {
    const curve = sCurve(npv, 5);
    expect(curve).toEqual([
      { probability: 0, value: -20 },
      { probability: 0.25, value: 5 },
      { probability: 0.5, value: 30 },
      { probability: 0.75, value: 55 },
      { probability: 1, value: 80 },
    ]);
  });
});

describe("histogram", () => {
  it("uses Sturges' ceil(log2 n) + 1 bins and counts every value", () => {
    const h = histogram(oneToTen, { rule: "sturges" });
    expect(h.counts.length).toBe(5);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(h.edges[0]).toBe(1);
    expect(h.edges[5]).toBe(10);
  });

  it("uses Freedman–Diaconis width 2·IQR·n^(-1/3) and honours a fixed count", () => {
    const sorted = Float64Array.from({ length: 1000 }, (_, i) => i);
    const h = histogram(sorted);
    // IQR = 499.5, width = 2·499.5/10 = 99.9 -> ceil(999/99.9) = 10 bins.
    expect(h.counts.length).toBe(10);
    expect(histogram(sorted, { rule: { bins: 4 } }).counts).toEqual([250, 250, 250, 250]);
  });

  it("puts equal values (a run without randomness) in one bin whose edges rise", () => {
    for (const rule of ["freedman-diaconis", "sturges", { bins: 4 }] as const) {
      expect(histogram(Float64Array.from([5, 5, 5, 5]), { rule })).toEqual({ edges: [5, 6], counts: [4] });
    }
  });

  it("always has rising edges and counts that add up to n", () => {
    for (const values of [[1, 2], [0, 0, 1e-12], [-3, -3, 7, 7, 7], [1e9, 1e9 + 1]]) {
      const h = histogram(Float64Array.from(values));
      for (let i = 1; i < h.edges.length; i++) expect(h.edges[i]).toBeGreaterThan(h.edges[i - 1] ?? Infinity);
      expect(h.counts.reduce((a, b) => a + b, 0)).toBe(values.length);
    }
  });
});

describe("convergence", () => {
  const n = 50_000;
  const z = new Float64Array(n);
  fillNormal(createStream({ seed: 5, stream: 0 }), z, 0, n);
  const x = z.map((v) => 100 + 10 * v);
  const points = convergence(x);

  it("reports mean and P50 with shrinking standard errors at the checkpoints", () => {
    expect(points.map((p) => p.iterations)).toEqual(defaultCheckpoints(n));
    expect(defaultCheckpoints(n)).toEqual([100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000]);
    const last = points[points.length - 1];
    expect(last?.meanStandardError).toBeCloseTo(10 / Math.sqrt(n), 2);
    // SE of the median of a normal is sqrt(pi/2)·sd/sqrt(n).
    expect(Math.abs((last?.p50StandardError ?? 0) / (Math.sqrt(Math.PI / 2) * 10 / Math.sqrt(n)) - 1)).toBeLessThan(0.1);
  });

  it("tells when a relative tolerance is reached and stays reached", () => {
    // Relative SE of the mean = 0.1/sqrt(n): <= 0.002 from n = 2500 on, so first checkpoint 5000.
    expect(convergedAt(points, 0.002, "mean")).toBe(5000);
    expect(convergedAt(points, 1e-6, "mean")).toBeNull();
  });
});
