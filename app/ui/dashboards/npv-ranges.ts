import type { NpvSummary } from "@/lib/http/contracts/dashboards";
import type { NpvRange } from "./npv-range-chart";

/** P10/P90 when the run stored them (the overview's figures), else the default P5/P95. */
export function choosePercentileLabels(summaries: (NpvSummary | null)[]): { low: string; high: string } {
  const hasP10 = summaries.some((s) => s?.percentiles.p10 !== undefined && s.percentiles.p90 !== undefined);
  return hasP10 ? { low: "P10", high: "P90" } : { low: "P5", high: "P95" };
}

export function toNpvRange(label: string, npv: NpvSummary | null, labels: { low: string; high: string }): NpvRange {
  const pick = (key: string) => npv?.percentiles[key.toLowerCase()] ?? null;
  return { label, low: pick(labels.low), median: pick("P50"), high: pick(labels.high), mean: npv?.mean ?? null };
}
