import type { RunRow } from "@/db/queries/pages/simulations";
import type { RunSummaryView } from "./types";

/** A page query's row → the summary the client components take (dates as ISO strings: serialisable props). */
export function toSummaryFromRow(row: RunRow): RunSummaryView {
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    status: row.status,
    progress: row.progress,
    iterations: row.iterations,
    sampler: row.sampler,
    seed: row.seed,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.durationMs,
    errorMessage: row.errorMessage,
    createdByName: row.createdByName,
    inputHash: row.inputHash,
    engineVersion: row.engineVersion,
    npvP50: row.npvP50,
  };
}
