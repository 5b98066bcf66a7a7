import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { projects, scenarios, simulationResults, simulationRuns, users, type SimulationRun } from "../../schema";
import { isUuid } from "../ids";
import { getScenarioChain, resolveSettings } from "../scenario-inheritance";

// Read-only queries of the simulation PAGES (server components): run headers with who started them, where they
// belong and the P50 of NPV, always scoped by the caller's organisations (another organisation's run is "not found").
// Results themselves are read through the simulations API's contract (GET /api/simulations/{id}).

export type RunRow = {
  id: string;
  scenarioId: string;
  status: SimulationRun["status"];
  progress: number;
  iterations: number;
  sampler: SimulationRun["sampler"];
  seed: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  errorMessage: string | null;
  inputHash: string;
  engineVersion: string;
  createdByName: string | null;
  npvP50: number | null;
};

/** `currency`: the scenario's own, else the project's (a list approximation: a child inheriting a parent's override reads the project's). */
export type OrganisationRunRow = RunRow & { projectId: string; projectName: string; scenarioName: string; currency: string };

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

const runColumns = {
  id: simulationRuns.id,
  scenarioId: simulationRuns.scenarioId,
  status: simulationRuns.status,
  progress: simulationRuns.progress,
  iterations: simulationRuns.iterations,
  sampler: simulationRuns.sampler,
  seed: simulationRuns.seed,
  createdAt: simulationRuns.createdAt,
  startedAt: simulationRuns.startedAt,
  finishedAt: simulationRuns.finishedAt,
  durationMs: simulationRuns.durationMs,
  errorMessage: simulationRuns.errorMessage,
  inputHash: simulationRuns.inputHash,
  engineVersion: simulationRuns.engineVersion,
  createdByName: users.name,
  npvStatistics: simulationResults.statistics,
};

type SelectedRun = { [K in keyof typeof runColumns]: unknown } & Omit<RunRow, "npvP50">;

function toRunRow<T extends SelectedRun>(row: T): Omit<T, "npvStatistics"> & { npvP50: number | null } {
  const { npvStatistics, ...rest } = row;
  return { ...rest, npvP50: readP50(npvStatistics) };
}

const npvResultJoin = and(eq(simulationResults.runId, simulationRuns.id), eq(simulationResults.metric, "npv"));

/** A scenario's runs, newest first (the scenario must belong to the organisation). */
export async function listScenarioRuns(db: DbOrTx, { organisationId, scenarioId, limit = 50 }: { organisationId: string; scenarioId: string; limit?: number }): Promise<RunRow[]> {
  if (!isUuid(scenarioId)) return [];
  const rows = await db
    .select(runColumns)
    .from(simulationRuns)
    .leftJoin(users, eq(users.id, simulationRuns.createdBy))
    .leftJoin(simulationResults, npvResultJoin)
    .where(and(eq(simulationRuns.scenarioId, scenarioId), eq(simulationRuns.organisationId, organisationId)))
    .orderBy(desc(simulationRuns.createdAt), desc(simulationRuns.id))
    .limit(limit);
  return rows.map(toRunRow);
}

/** The organisation's runs across projects: running and queued first, then the most recent. */
export async function listOrganisationRuns(db: DbOrTx, { organisationId, limit = 50 }: { organisationId: string; limit?: number }): Promise<OrganisationRunRow[]> {
  const isActive = sql<number>`CASE WHEN ${simulationRuns.status} IN ('queued', 'running') THEN 0 ELSE 1 END`;
  const rows = await db
    .select({ ...runColumns, projectId: projects.id, projectName: projects.name, scenarioName: scenarios.name, currency: sql<string>`coalesce(${scenarios.currency}, ${projects.currency})` })
    .from(simulationRuns)
    .innerJoin(scenarios, eq(scenarios.id, simulationRuns.scenarioId))
    .innerJoin(projects, and(eq(projects.id, scenarios.projectId), eq(projects.organisationId, organisationId)))
    .leftJoin(users, eq(users.id, simulationRuns.createdBy))
    .leftJoin(simulationResults, npvResultJoin)
    .where(eq(simulationRuns.organisationId, organisationId))
    .orderBy(isActive, desc(simulationRuns.createdAt), desc(simulationRuns.id))
    .limit(limit);
  return rows.map(toRunRow);
}

export type RunPageContext = {
  organisationId: string;
  run: RunRow;
  projectId: string;
  projectName: string;
  scenarioName: string;
  /** The scenario's effective currency (inherited along its parents), else the project's. */
  currency: string;
};

/** A run with where it belongs, when one of the caller's organisations owns it; undefined otherwise (→ 404). */
export async function getRunPageContext(db: DbOrTx, { organisationIds, runId }: { organisationIds: readonly string[]; runId: string }): Promise<RunPageContext | undefined> {
  if (!isUuid(runId) || organisationIds.length === 0) return undefined;
  const [row] = await db
    .select({ ...runColumns, organisationId: projects.organisationId, projectId: projects.id, projectName: projects.name, projectCurrency: projects.currency, scenarioName: scenarios.name })
    .from(simulationRuns)
    .innerJoin(scenarios, eq(scenarios.id, simulationRuns.scenarioId))
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .leftJoin(users, eq(users.id, simulationRuns.createdBy))
    .leftJoin(simulationResults, npvResultJoin)
    .where(and(eq(simulationRuns.id, runId), inArray(projects.organisationId, [...organisationIds])));
  if (!row) return undefined;
  const { organisationId, projectId, projectName, projectCurrency, scenarioName, ...run } = toRunRow(row);
  const chain = await getScenarioChain(db, { organisationId, scenarioId: run.scenarioId });
  const currency = (chain ? resolveSettings(chain).settings.currency : null) ?? projectCurrency;
  return { organisationId, run, projectId, projectName, scenarioName, currency };
}
