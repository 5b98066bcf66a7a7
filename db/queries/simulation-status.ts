import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { SimulationStatus } from "@/lib/domain/simulations";
import type { DbOrTx, Tx } from "../client";
import { scenarios, simulationChunks, simulationResults, simulationRuns, type SimulationRun } from "../schema";
import { STORE_MS_SQL, type NewRunResult, type RunOutcome } from "./simulations";

// How a stored run moves: queued → running → succeeded | failed | cancelled. Every move is guarded: a run only
// moves forward from queued/running, so a late progress write, a retried job or a second merge can never revive a
// cancelled, failed or finished run. The background machinery reads and writes by run id (it holds the run);
// callers' requests reach these only after the access guard.

const ACTIVE: SimulationStatus[] = ["queued", "running"];

/** Where a run sits: its id, organisation and project (the reach of its dashboards). */
export type RunPlace = { runId: string; organisationId: string; projectId: string };

/** queued → running (started_at set once); false when the run is no longer active (cancelled, failed). */
export async function markRunRunning(db: DbOrTx, { runId }: { runId: string }): Promise<boolean> {
  const rows = await db
    .update(simulationRuns)
    .set({ status: "running", startedAt: sql`coalesce(${simulationRuns.startedAt}, now())`, updatedAt: new Date() })
    .where(and(eq(simulationRuns.id, runId), inArray(simulationRuns.status, ACTIVE)))
    .returning({ id: simulationRuns.id });
  return rows.length > 0;
}

/** Progress (0..1) of a running run; false when it is no longer running (e.g. cancelled): stop working on it. */
export async function updateRunProgress(db: DbOrTx, { runId, progress }: { runId: string; progress: number }): Promise<boolean> {
  const rows = await db
    .update(simulationRuns)
    .set({ progress: Math.min(1, Math.max(0, progress)), updatedAt: new Date() })
    .where(and(eq(simulationRuns.id, runId), eq(simulationRuns.status, "running")))
    .returning({ id: simulationRuns.id });
  return rows.length > 0;
}

/** Marks a running run as alive (the sweeper fails runs without news); false when it is no longer running. */
export async function touchRun(db: DbOrTx, { runId }: { runId: string }): Promise<boolean> {
  const rows = await db
    .update(simulationRuns)
    .set({ updatedAt: new Date() })
    .where(and(eq(simulationRuns.id, runId), eq(simulationRuns.status, "running")))
    .returning({ id: simulationRuns.id });
  return rows.length > 0;
}

/**
 * Stores the results and marks the run succeeded, with the run row locked (call it in a transaction); the
 * outcome's storeMs is the time the transaction took up to this point. Returns false (and writes nothing) when the
 * run is no longer active: cancelled meanwhile, or already finished by another merge.
 */
export async function completeRun(
  tx: Tx,
  { runId, results, outcome }: { runId: string; results: readonly NewRunResult[]; outcome: Omit<RunOutcome, "storeMs"> },
): Promise<boolean> {
  const [locked] = await tx.select({ status: simulationRuns.status }).from(simulationRuns).where(eq(simulationRuns.id, runId)).for("update");
  if (!locked || !ACTIVE.includes(locked.status)) return false;
  if (results.length > 0) await tx.insert(simulationResults).values(results.map((result) => ({ ...result, runId })));
  await tx
    .update(simulationRuns)
    .set({
      status: "succeeded",
      progress: 1,
      startedAt: sql`coalesce(${simulationRuns.startedAt}, now())`,
      finishedAt: sql`greatest(now(), coalesce(${simulationRuns.startedAt}, now()))`,
      durationMs: sql`round(extract(epoch from (now() - coalesce(${simulationRuns.startedAt}, now()))) * 1000)::int`,
      options: sql`${simulationRuns.options} || jsonb_build_object('outcome', ${JSON.stringify(outcome)}::jsonb || jsonb_build_object('storeMs', ${STORE_MS_SQL}))`,
      updatedAt: new Date(),
    })
    .where(eq(simulationRuns.id, runId));
  await tx.delete(simulationChunks).where(eq(simulationChunks.runId, runId));
  return true;
}

type EndRun = { runId: string; status: "failed" | "cancelled"; message: string | null; organisationId?: string };

/** Ends an active run (and drops its chunks); the ended row, or undefined when it had already ended. */
async function endRun(db: DbOrTx, { runId, status, message, organisationId }: EndRun): Promise<SimulationRun | undefined> {
  const [ended] = await db
    .update(simulationRuns)
    .set({
      status,
      errorMessage: message,
      finishedAt: sql`greatest(now(), coalesce(${simulationRuns.startedAt}, now()))`,
      durationMs: sql`CASE WHEN ${simulationRuns.startedAt} IS NULL THEN NULL ELSE round(extract(epoch from (now() - ${simulationRuns.startedAt})) * 1000)::int END`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(simulationRuns.id, runId),
        inArray(simulationRuns.status, ACTIVE),
        organisationId ? eq(simulationRuns.organisationId, organisationId) : undefined,
      ),
    )
    .returning();
  if (ended) await db.delete(simulationChunks).where(eq(simulationChunks.runId, runId));
  return ended;
}

/** Ends an active run as failed with the reason; the failed row, or undefined when it had already ended. */
export async function failRun(db: DbOrTx, { runId, message }: { runId: string; message: string }): Promise<SimulationRun | undefined> {
  return endRun(db, { runId, status: "failed", message });
}

/** Cancels an active run of the organisation; the cancelled row, or undefined when it had already ended. */
export async function cancelRun(db: DbOrTx, { organisationId, runId }: { organisationId: string; runId: string }): Promise<SimulationRun | undefined> {
  return endRun(db, { runId, status: "cancelled", message: null, organisationId });
}

/** Every organisation's active runs whose row has not changed for `staleMinutes` (the sweeper's, system-wide). */
export async function listStaleRuns(db: DbOrTx, { staleMinutes }: { staleMinutes: number }): Promise<RunPlace[]> {
  const cutoff = new Date(Date.now() - staleMinutes * 60_000);
  // Running runs touch their row as they go; a queued run of an in-process queue is touched by the process holding
  // it (lib/simulations/local-queue.ts). A run queued in pg-boss waits durably for a worker: never stale.
  const isWatched = or(eq(simulationRuns.status, "running"), sql`${simulationRuns.options} ->> 'execution' = 'local'`);
  return db
    .select({ runId: simulationRuns.id, organisationId: simulationRuns.organisationId, projectId: scenarios.projectId })
    .from(simulationRuns)
    .innerJoin(scenarios, eq(scenarios.id, simulationRuns.scenarioId))
    .where(and(inArray(simulationRuns.status, ACTIVE), isWatched, lt(simulationRuns.updatedAt, cutoff)));
}

/** Marks the runs as still wanted (the in-process queue's waiting runs), so the sweeper leaves them be. */
export async function touchWaitingRuns(db: DbOrTx, { runIds }: { runIds: readonly string[] }): Promise<void> {
  if (runIds.length === 0) return;
  await db
    .update(simulationRuns)
    .set({ updatedAt: new Date() })
    .where(and(inArray(simulationRuns.id, [...runIds]), eq(simulationRuns.status, "queued")));
}
