import type { LatestNpv } from "@/db/queries/dashboards/npv";
import type { NpvSummary } from "@/lib/http/contracts/dashboards";

/** The NPV distribution a dashboard shows for a scenario's latest succeeded run (null: no such run). */
export function toNpvSummary(npv: LatestNpv | null): NpvSummary | null {
  if (!npv) return null;
  const stats = npv.statistics;
  return {
    runId: npv.runId,
    finishedAt: npv.finishedAt,
    iterations: npv.iterations ?? stats.count,
    mean: stats.mean,
    sd: stats.sd,
    min: stats.min,
    max: stats.max,
    percentiles: stats.percentiles,
    probabilityOfLoss: stats.probabilityOfLoss ?? null,
  };
}
