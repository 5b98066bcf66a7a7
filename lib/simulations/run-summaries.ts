import type { OrganisationRunHeaderRow, RunHeaderRow } from "@/db/queries/pages/simulations";

// Run headers of the pages' lists → what the components take: a run's summary (dates as ISO strings: serialisable
// props for client components) and the organisation list's rows, each with the P50 of NPV when the run has one.

export type RunSummary = {
  id: string;
  scenarioId: string;
  status: RunHeaderRow["status"];
  /** Share done, 0..1. */
  progress: number;
  iterations: number;
  sampler: RunHeaderRow["sampler"];
  seed: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  errorMessage: string | null;
  createdByName: string | null;
  inputHash: string;
  engineVersion: string;
  /** P50 of NPV when the run succeeded. */
  npvP50: number | null;
};

/** A row of the organisation's list (a server component's props: dates stay dates). */
export type OrganisationRunRow = Omit<OrganisationRunHeaderRow, "npvStatistics"> & { npvP50: number | null };

/**
 * P50 of NPV from stored statistics, whichever way the percentiles are keyed: a record { p50: v } or a list of
 * { key: "p50" | percent: 50 | p: 0.5, value }. null when absent or not a finite number.
 */
export function readP50(statistics: unknown): number | null {
  if (typeof statistics !== "object" || statistics === null) return null;
  const percentiles: unknown = (statistics as { percentiles?: unknown }).percentiles;
  let value: unknown;
  if (Array.isArray(percentiles)) {
    const entry: unknown = percentiles.find((item: unknown) => {
      if (typeof item !== "object" || item === null) return false;
      const { key, percent, p } = item as { key?: unknown; percent?: unknown; p?: unknown };
      return key === "p50" || percent === 50 || p === 0.5;
    });
    value = typeof entry === "object" && entry !== null ? (entry as { value?: unknown }).value : undefined;
  } else if (typeof percentiles === "object" && percentiles !== null) {
    value = (percentiles as Record<string, unknown>).p50;
  }
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function toRunSummary(row: RunHeaderRow): RunSummary {
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
    npvP50: readP50(row.npvStatistics),
  };
}

export function toOrganisationRun(row: OrganisationRunHeaderRow): OrganisationRunRow {
  const { npvStatistics, ...rest } = row;
  return { ...rest, npvP50: readP50(npvStatistics) };
}
