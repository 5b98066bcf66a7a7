import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { projects, scenarios, simulationResults, simulationRuns, users, type SimulationRun } from "../../schema";
import { isUuid } from "../ids";
import { getScenarioChain, resolveSettings } from "../scenario-inheritance";

// Read-only queries of the simulation PAGES (server components): run headers with who started them, where they
// belong and the stored statistics of NPV, always scoped by organisation (another organisation's run is "not
// found"). Results themselves are read as the API reads them (db/queries/simulations.ts).

export type RunHeaderRow = {
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
  /** The NPV result's stored statistics (jsonb), when the run has one. */
  npvStatistics: unknown;
};

/** `currency`: the scenario's own, else the project's (a list approximation: a child inheriting a parent's override reads the project's). */
export type OrganisationRunHeaderRow = RunHeaderRow & { projectId: string; projectName: string; scenarioName: string; currency: string };

/** Where a scenario sits, with its effective currency (inherited along its parents, else the project's). */
export type ScenarioPlace = { projectId: string; projectName: string; scenarioId: string; scenarioName: string; currency: string };

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

const npvResultJoin = and(eq(simulationResults.runId, simulationRuns.id), eq(simulationResults.metric, "npv"));

/** A scenario's runs, newest first (the scenario must belong to the organisation). */
export async function listScenarioRunHeaders(
  db: DbOrTx,
  { organisationId, scenarioId, limit = 50 }: { organisationId: string; scenarioId: string; limit?: number },
): Promise<RunHeaderRow[]> {
  if (!isUuid(scenarioId)) return [];
  return db
    .select(runColumns)
    .from(simulationRuns)
    .leftJoin(users, eq(users.id, simulationRuns.createdBy))
    .leftJoin(simulationResults, npvResultJoin)
    .where(and(eq(simulationRuns.scenarioId, scenarioId), eq(simulationRuns.organisationId, organisationId)))
    .orderBy(desc(simulationRuns.createdAt), desc(simulationRuns.id))
    .limit(limit);
}

/** The organisation's runs across projects: running and queued first, then the most recent. */
export async function listOrganisationRunHeaders(db: DbOrTx, { organisationId, limit = 50 }: { organisationId: string; limit?: number }): Promise<OrganisationRunHeaderRow[]> {
  const isActive = sql<number>`CASE WHEN ${simulationRuns.status} IN ('queued', 'running') THEN 0 ELSE 1 END`;
  return db
    .select({ ...runColumns, projectId: projects.id, projectName: projects.name, scenarioName: scenarios.name, currency: sql<string>`coalesce(${scenarios.currency}, ${projects.currency})` })
    .from(simulationRuns)
    .innerJoin(scenarios, eq(scenarios.id, simulationRuns.scenarioId))
    .innerJoin(projects, and(eq(projects.id, scenarios.projectId), eq(projects.organisationId, organisationId)))
    .leftJoin(users, eq(users.id, simulationRuns.createdBy))
    .leftJoin(simulationResults, npvResultJoin)
    .where(eq(simulationRuns.organisationId, organisationId))
    .orderBy(isActive, desc(simulationRuns.createdAt), desc(simulationRuns.id))
    .limit(limit);
}

/** Where a scenario of the organisation sits; undefined when the organisation has no such scenario. */
export async function findScenarioPlace(db: DbOrTx, { organisationId, scenarioId }: { organisationId: string; scenarioId: string }): Promise<ScenarioPlace | undefined> {
  const chain = await getScenarioChain(db, { organisationId, scenarioId });
  if (!chain) return undefined;
  const [project] = await db
    .select({ name: projects.name, currency: projects.currency })
    .from(projects)
    .where(and(eq(projects.id, chain.projectId), eq(projects.organisationId, organisationId)));
  if (!project) return undefined;
  const currency = resolveSettings(chain).settings.currency ?? project.currency;
  return { projectId: chain.projectId, projectName: project.name, scenarioId, scenarioName: chain.scenario.name, currency };
}
