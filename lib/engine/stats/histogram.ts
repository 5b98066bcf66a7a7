/**
 * Histogram of sorted finite values with equal-width bins chosen by Freedman–Diaconis
 * (width 2·IQR·n^(−1/3)), Sturges (⌈log2 n⌉ + 1 bins) or a fixed count. Bins are [edge_i, edge_i+1),
 * the last one closed. Freedman–Diaconis falls back to Sturges when the IQR is zero, and the bin
 * count is capped at `maxBins` (default 200).
 */
import { percentile } from "./percentiles";

export type BinRule = "freedman-diaconis" | "sturges" | { bins: number };

export type Histogram = { edges: number[]; counts: number[] };

function binCount(sorted: Float64Array, rule: BinRule, maxBins: number): number {
  const n = sorted.length;
  const range = (sorted[n - 1] ?? 0) - (sorted[0] ?? 0);
  const sturges = Math.ceil(Math.log2(n)) + 1;
  if (typeof rule === "object") return Math.max(1, Math.min(maxBins, Math.floor(rule.bins)));
  if (rule === "sturges" || range === 0) return Math.min(maxBins, sturges);
  const iqr = percentile(sorted, 0.75) - percentile(sorted, 0.25);
  if (iqr === 0) return Math.min(maxBins, sturges);
  return Math.max(1, Math.min(maxBins, Math.ceil(range / (2 * iqr * Math.cbrt(1 / n)))));
}

/**
 * Bins and counts for ascending `sorted`.
 * @example
 * histogram(sortFinite(npvUsd), { rule: "freedman-diaconis" });
 */
export function histogram(sorted: Float64Array, options: { rule?: BinRule; maxBins?: number } = {}): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [], counts: [] };
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  // Every value equal (a run without randomness): one bin of width 1 holds them all. (Several bins of width 1 had
  // their last edge clamped back to min + 1, so the edges ran backwards.)
  if (max === min) return { edges: [min, min + 1], counts: [n] };
  const bins = binCount(sorted, options.rule ?? "freedman-diaconis", options.maxBins ?? 200);
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (const x of sorted) {
    const k = Math.min(bins - 1, Math.floor((x - min) / width));
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return { edges, counts };
}
