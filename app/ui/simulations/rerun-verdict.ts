import type { MetricView, RunView } from "./types";

export type RerunVerdict = { isIdentical: boolean; sameInputs: boolean; differences: string[] };

function sameNumber(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

function metricDifferences(a: MetricView, b: MetricView | undefined): string[] {
  if (!b) return [`${a.metric}: missing in the rerun`];
  const scalars = (["count", "nonFiniteCount", "mean", "sd", "min", "max"] as const).filter((key) => !sameNumber(a[key], b[key])).map((key) => `${a.metric} ${key}`);
  const percentiles = a.percentiles.filter((entry, index) => {
    const other = b.percentiles[index];
    return !other || other.p !== entry.p || !sameNumber(entry.value, other.value);
  });
  return [...scalars, ...percentiles.map((entry) => `${a.metric} P${entry.p * 100}`)];
}

/**
 * Whether a rerun reproduced the original exactly: every metric's count, mean, SD, min, max and percentiles
 * compared bit for bit (Object.is), and the inputs hash.
 */
export function compareRuns(original: RunView, rerun: RunView): RerunVerdict {
  const sameInputs = original.inputHash !== null && original.inputHash === rerun.inputHash;
  const before = original.results?.metrics ?? [];
  const after = new Map((rerun.results?.metrics ?? []).map((metric) => [metric.metric, metric]));
  const differences = before.flatMap((metric) => metricDifferences(metric, after.get(metric.metric)));
  if (before.length === 0) differences.push("the original run has no results");
  return { isIdentical: differences.length === 0 && sameInputs && original.seed === rerun.seed, sameInputs, differences };
}
