import { and, count, desc, eq, getTableColumns, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { simulationChunks, simulationResults, simulationRuns, users, type NewSimulationResult, type NewSimulationRun, type SimulationRun } from "../schema";
import { type SimulationStatus } from "@/lib/domain/simulations";

// Simulation runs and their results. Reads are scoped by the caller's organisations (another organisation's run
// is undefined → 404). Status changes are guarded: a run only moves forward from queued/running, so a late
// progress write, a retried job or a second merge can never revive a cancelled, failed or finished run.

/** What a run was asked for and how it went, beyond its columns (simulation_runs.options). */
export type SimulationRunOptions = {
  metrics: string[];
  /** In percent. */
  percentiles: number[];
  keepSamples: boolean;
  rerunOfRunId: string | null;
  execution: "inline" | "local" | "queue";
  chunkIterations?: number;
  chunkCount?: number;
  outcome?: { iterationsRun: number; stoppedEarly: boolean; correlationWarnings: string[]; engineMs: number; storeMs: number };
};

export type RunWithCreator = SimulationRun & { createdByName: string | null };

const ACTIVE: SimulationStatus[] = ["queued", "running"];
const runColumns = { run: simulationRuns, createdByName: users.name };

function flatten(row: { run: SimulationRun; createdByName: string | null }): RunWithCreator {
  return { ...row.run, createdByName: row.createdByName };
}

export async function insertRun(db: DbOrTx, values: NewSimulationRun): Promise<SimulationRun> {
  const [run] = await db.insert(simulationRuns).values(values).returning();
  if (!run) throw new Error("simulation run not inserted");
  return run;
}

/** The organisation of a run among the caller's organisations; undefined when it is in none of them. */
export async function findRunOrganisation(db: DbOrTx, { organisationIds, runId }: { organisationIds: string[]; runId: string }): Promise<string | undefined> {
  if (organisationIds.length === 0) return undefined;
  const [row] = await db
    .select({ organisationId: simulationRuns.organisationId })
    .from(simulationRuns)
    .where(and(eq(simulationRuns.id, runId), inArray(simulationRuns.organisationId, organisationIds)));
  return row?.organisationId;
}

export async function getRun(db: DbOrTx, { organisationId, runId }: { organisationId: string; runId: string }): Promise<RunWithCreator | undefined> {
  const [row] = await db
    .select(runColumns)
    .from(simulationRuns)
    .leftJoin(users, eq(users.id, simulationRuns.createdBy))
    .where(and(eq(simulationRuns.id, runId), eq(simulationRuns.organisationId, organisationId)));
  return row ? flatten(row) : undefined;
}

/** A run by id alone, for background workers (never for a caller's request). */
export async function getRunForWorker(db: DbOrTx, runId: string): Promise<SimulationRun | undefined> {
  const [run] = await db.select().from(simulationRuns).where(eq(simulationRuns.id, runId));
  return run;
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

/** queued → running (started_at set once); false when the run is no longer active (cancelled, failed). */
export async function markRunRunning(db: DbOrTx, runId: string): Promise<boolean> {
  const rows = await db
    .update(simulationRuns)
    .set({ status: "running", startedAt: sql`coalesce(${simulationRuns.startedAt}, now())`, updatedAt: new Date() })
    .where(and(eq(simulationRuns.id, runId), inArray(simulationRuns.status, ACTIVE)))
    .returning({ id: simulationRuns.id });
  return rows.length > 0;
}

/** Progress (0..1) of a running run; false when it is no longer running (e.g. cancelled): stop working on it. */
export async function updateRunProgress(db: DbOrTx, runId: string, progress: number): Promise<boolean> {
  const rows = await db
    .update(simulationRuns)
    .set({ progress: Math.min(1, Math.max(0, progress)), updatedAt: new Date() })
    .where(and(eq(simulationRuns.id, runId), eq(simulationRuns.status, "running")))
    .returning({ id: simulationRuns.id });
  return rows.length > 0;
}

/**
 * Stores the results and marks the run succeeded, in one transaction with the run row locked. Returns false (and
 * writes nothing) when the run is no longer active: cancelled meanwhile, or already finished by another merge.
 */
export async function completeRun(
  db: DbOrTx,
  { runId, results, outcome }: { runId: string; results: NewSimulationResult[]; outcome: NonNullable<SimulationRunOptions["outcome"]> },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: simulationRuns.status }).from(simulationRuns).where(eq(simulationRuns.id, runId)).for("update");
    if (!locked || !ACTIVE.includes(locked.status)) return false;
    if (results.length > 0) await tx.insert(simulationResults).values(results);
    await tx
      .update(simulationRuns)
      .set({
        status: "succeeded",
        progress: 1,
        startedAt: sql`coalesce(${simulationRuns.startedAt}, now())`,
        finishedAt: sql`greatest(now(), coalesce(${simulationRuns.startedAt}, now()))`,
        durationMs: sql`round(extract(epoch from (now() - coalesce(${simulationRuns.startedAt}, now()))) * 1000)::int`,
        options: sql`${simulationRuns.options} || ${JSON.stringify({ outcome })}::jsonb`,
        updatedAt: new Date(),
      })
      .where(eq(simulationRuns.id, runId));
    await tx.delete(simulationChunks).where(eq(simulationChunks.runId, runId));
    return true;
  });
}

/** Marks a running run as alive (the sweeper fails runs without news); false when it is no longer running. */
export async function touchRun(db: DbOrTx, runId: string): Promise<boolean> {
  const rows = await db
    .update(simulationRuns)
    .set({ updatedAt: new Date() })
    .where(and(eq(simulationRuns.id, runId), eq(simulationRuns.status, "running")))
    .returning({ id: simulationRuns.id });
  return rows.length > 0;
}

/** Records how long storing the results took (measured around completeRun, so known only after it). */
export async function setRunStoreMs(db: DbOrTx, { runId, storeMs }: { runId: string; storeMs: number }): Promise<void> {
  await db
    .update(simulationRuns)
    .set({ options: sql`jsonb_set(${simulationRuns.options}, '{outcome,storeMs}', to_jsonb(${storeMs}::float8))` })
    .where(eq(simulationRuns.id, runId));
}

/** Ends an active run as failed with the reason; false when it had already ended. */
export async function failRun(db: DbOrTx, { runId, message }: { runId: string; message: string }): Promise<boolean> {
  return endRun(db, { runId, status: "failed", message });
}

async function endRun(db: DbOrTx, { runId, status, message }: { runId: string; status: "failed" | "cancelled"; message: string | null }): Promise<boolean> {
  const rows = await db
    .update(simulationRuns)
    .set({
      status,
      errorMessage: message,
      finishedAt: sql`greatest(now(), coalesce(${simulationRuns.startedAt}, now()))`,
      durationMs: sql`CASE WHEN ${simulationRuns.startedAt} IS NULL THEN NULL ELSE round(extract(epoch from (now() - ${simulationRuns.startedAt})) * 1000)::int END`,
      updatedAt: new Date(),
    })
    .where(and(eq(simulationRuns.id, runId), inArray(simulationRuns.status, ACTIVE)))
    .returning({ id: simulationRuns.id });
  if (rows.length > 0) await db.delete(simulationChunks).where(eq(simulationChunks.runId, runId));
  return rows.length > 0;
}

/** Cancels an active run; false when it had already ended. */
export async function cancelRun(db: DbOrTx, runId: string): Promise<boolean> {
  return endRun(db, { runId, status: "cancelled", message: null });
}

/** Fails every active run whose row has not changed for `staleMinutes` (no progress); returns their ids. */
export async function failStaleRuns(db: DbOrTx, { staleMinutes, message }: { staleMinutes: number; message: string }): Promise<string[]> {
  const cutoff = new Date(Date.now() - staleMinutes * 60_000);
  const stale = await db
    .select({ id: simulationRuns.id })
    .from(simulationRuns)
    .where(and(inArray(simulationRuns.status, ACTIVE), lt(simulationRuns.updatedAt, cutoff)));
  const failed: string[] = [];
  for (const { id } of stale) if (await failRun(db, { runId: id, message })) failed.push(id);
  return failed;
}

/** Status and progress only (cheap; the event stream polls it). */
export async function getRunState(db: DbOrTx, runId: string) {
  const [row] = await db
    .select({ status: simulationRuns.status, progress: simulationRuns.progress, errorMessage: simulationRuns.errorMessage })
    .from(simulationRuns)
    .where(eq(simulationRuns.id, runId));
  return row;
}
