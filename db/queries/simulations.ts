import { and, count, desc, eq, getTableColumns, sql } from "drizzle-orm";
import type { SimulationExecution, SimulationStatus } from "@/lib/domain/simulations";
import type { DbOrTx } from "../client";
import { scenarios, simulationResults, simulationRuns, users, type NewSimulationResult, type NewSimulationRun, type SimulationRun } from "../schema";
import { isUuid } from "./ids";

// Simulation runs and their results: the run's insert (with its results when it finished in its request) and the
// reads. Reads of a caller's run are scoped by organisation (another organisation's run is undefined → 404); the
// background machinery reads by run id alone (getRunForWorker). Status changes: simulation-status.ts.

/** How a run went (simulation_runs.options.outcome); storeMs is measured by the database while storing. */
export type RunOutcome = { iterationsRun: number; stoppedEarly: boolean; correlationWarnings: string[]; engineMs: number; storeMs: number };

/** What a run was asked for and how it went, beyond its columns (simulation_runs.options). */
export type SimulationRunOptions = {
  metrics: string[];
  /** In percent. */
  percentiles: number[];
  keepSamples: boolean;
  rerunOfRunId: string | null;
  execution: SimulationExecution;
  chunkIterations?: number;
  chunkCount?: number;
  /** A pg-boss run's place in the round-robin across organisations (lib/simulations/fair-order.ts). */
  fairTurn?: number;
  outcome?: RunOutcome;
};

export type RunWithCreator = SimulationRun & { createdByName: string | null };

/** A run as the background machinery holds it: with its project, the reach of its dashboards. */
export type WorkerRun = SimulationRun & { projectId: string };

/** A result row as the service builds it; the run's id is filled in on insert. */
export type NewRunResult = Omit<NewSimulationResult, "runId">;

/** Milliseconds since this transaction began (now() is its start), to the microsecond: the time spent storing. */
export const STORE_MS_SQL = sql`round((extract(epoch from clock_timestamp() - now()) * 1000)::numeric, 3)::float8`;

const runColumns = { run: simulationRuns, createdByName: users.name };

function flatten(row: { run: SimulationRun; createdByName: string | null }): RunWithCreator {
  return { ...row.run, createdByName: row.createdByName };
}

/**
 * Inserts a run. A run that finished in its request (status succeeded or failed) is stored finished at once:
 * finished now, its duration from its start, its result rows with it, and its outcome's storeMs the time this
 * transaction took to write them. Returns the stored row.
 * @example await insertRun(tx, { run: { …, status: "queued" } })
 */
export async function insertRun(db: DbOrTx, { run, results = [] }: { run: NewSimulationRun; results?: readonly NewRunResult[] }): Promise<SimulationRun> {
  const isFinished = run.status === "succeeded" || run.status === "failed";
  const startedAt = sql`${(run.startedAt ?? new Date()).toISOString()}::timestamptz`;
  const finished = isFinished
    ? { finishedAt: sql`greatest(now(), ${startedAt})`, durationMs: sql`round(extract(epoch from (now() - ${startedAt})) * 1000)::int` }
    : {};
  const [inserted] = await db.insert(simulationRuns).values({ ...run, ...finished }).returning();
  if (!inserted) throw new Error("simulation run not inserted");
  if (run.status !== "succeeded") return inserted;
  if (results.length > 0) await db.insert(simulationResults).values(results.map((result) => ({ ...result, runId: inserted.id })));
  const [stored] = await db
    .update(simulationRuns)
    .set({ options: sql`jsonb_set(${simulationRuns.options}, '{outcome,storeMs}', to_jsonb(${STORE_MS_SQL}))`, updatedAt: sql`now()` })
    .where(eq(simulationRuns.id, inserted.id))
    .returning();
  return stored ?? inserted;
}

export async function getRun(db: DbOrTx, { organisationId, runId }: { organisationId: string; runId: string }): Promise<RunWithCreator | undefined> {
  if (!isUuid(runId)) return undefined;
  const [row] = await db
    .select(runColumns)
    .from(simulationRuns)
    .leftJoin(users, eq(users.id, simulationRuns.createdBy))
    .where(and(eq(simulationRuns.id, runId), eq(simulationRuns.organisationId, organisationId)));
  return row ? flatten(row) : undefined;
}

/** A run by id alone with its project, for the background machinery (never for a caller's request). */
export async function getRunForWorker(db: DbOrTx, runId: string): Promise<WorkerRun | undefined> {
  const [row] = await db
    .select({ run: simulationRuns, projectId: scenarios.projectId })
    .from(simulationRuns)
    .innerJoin(scenarios, eq(scenarios.id, simulationRuns.scenarioId))
    .where(eq(simulationRuns.id, runId));
  return row ? { ...row.run, projectId: row.projectId } : undefined;
}

/** Result rows without the raw sample bytes (hasSamples says whether they exist). */
export async function listRunResults(db: DbOrTx, runId: string) {
  const { rawSamples: _bytes, ...columns } = getTableColumns(simulationResults);
  return db
    .select({ ...columns, hasSamples: sql<boolean>`${simulationResults.rawSamples} IS NOT NULL` })
    .from(simulationResults)
    .where(eq(simulationResults.runId, runId))
    .orderBy(simulationResults.createdAt, simulationResults.metric);
}

export async function listScenarioRuns(
  db: DbOrTx,
  q: { organisationId: string; scenarioId: string; page: number; pageSize: number; status?: SimulationStatus },
): Promise<{ items: RunWithCreator[]; total: number }> {
  const where = and(
    eq(simulationRuns.organisationId, q.organisationId),
    eq(simulationRuns.scenarioId, q.scenarioId),
    q.status ? eq(simulationRuns.status, q.status) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select(runColumns)
      .from(simulationRuns)
      .leftJoin(users, eq(users.id, simulationRuns.createdBy))
      .where(where)
      .orderBy(desc(simulationRuns.createdAt), desc(simulationRuns.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ total: count() }).from(simulationRuns).where(where),
  ]);
  return { items: rows.map(flatten), total: totals[0]?.total ?? 0 };
}

/** The chosen succeeded run of a scenario, else its latest succeeded run (reports). */
export async function findSucceededRun(
  db: DbOrTx,
  { organisationId, scenarioId, runId }: { organisationId: string; scenarioId: string; runId?: string },
): Promise<SimulationRun | undefined> {
  const conditions = [eq(simulationRuns.organisationId, organisationId), eq(simulationRuns.scenarioId, scenarioId), eq(simulationRuns.status, "succeeded")];
  if (runId) conditions.push(eq(simulationRuns.id, runId));
  const [run] = await db.select().from(simulationRuns).where(and(...conditions)).orderBy(desc(simulationRuns.createdAt)).limit(1);
  return run;
}

/** Status and progress only (cheap; the event stream polls it). */
export async function getRunState(db: DbOrTx, { organisationId, runId }: { organisationId: string; runId: string }) {
  const [row] = await db
    .select({ status: simulationRuns.status, progress: simulationRuns.progress, errorMessage: simulationRuns.errorMessage })
    .from(simulationRuns)
    .where(and(eq(simulationRuns.id, runId), eq(simulationRuns.organisationId, organisationId)));
  return row;
}
