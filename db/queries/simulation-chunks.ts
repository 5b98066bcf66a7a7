import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../client";
import { simulationChunks, simulationRuns } from "../schema";

// Partial results of queued chunks (pg-boss workers). A chunk is saved in a transaction that locks the run row, so
// chunk commits of one run are serialised: the count a worker reads right after its own insert is exact, and
// exactly the worker that stores the last chunk sees every chunk present (a retried duplicate sees it too; the
// merge itself is guarded).

export type ChunkToSave = {
  runId: string;
  chunkIndex: number;
  start: number;
  count: number;
  partial: Uint8Array;
  engineMs: number;
  worker: string;
};

export type SaveChunkOutcome = { isRunActive: false } | { isRunActive: true; chunksDone: number };

/**
 * Stores a chunk once (a duplicate is ignored) and the run's progress; nothing when the run has ended. Call it in a
 * transaction: the run row stays locked until it commits.
 */
export async function saveChunk(tx: Tx, chunk: ChunkToSave): Promise<SaveChunkOutcome> {
  const [run] = await tx
    .select({ status: simulationRuns.status, iterations: simulationRuns.iterations })
    .from(simulationRuns)
    .where(eq(simulationRuns.id, chunk.runId))
    .for("update");
  if (!run || (run.status !== "running" && run.status !== "queued")) return { isRunActive: false };
  await tx.insert(simulationChunks).values(chunk).onConflictDoNothing();
  const [done] = await tx
    .select({ chunks: sql<number>`count(*)::int`, iterations: sql<number>`coalesce(sum(${simulationChunks.count}), 0)::int` })
    .from(simulationChunks)
    .where(eq(simulationChunks.runId, chunk.runId));
  await tx
    .update(simulationRuns)
    .set({ progress: Math.min(1, (done?.iterations ?? 0) / run.iterations), updatedAt: new Date() })
    .where(eq(simulationRuns.id, chunk.runId));
  return { isRunActive: true, chunksDone: done?.chunks ?? 0 };
}

export async function hasChunk(db: DbOrTx, { runId, chunkIndex }: { runId: string; chunkIndex: number }): Promise<boolean> {
  const [row] = await db
    .select({ id: simulationChunks.id })
    .from(simulationChunks)
    .where(and(eq(simulationChunks.runId, runId), eq(simulationChunks.chunkIndex, chunkIndex)));
  return row !== undefined;
}

/** Every stored chunk of a run, in chunk order. */
export async function listChunks(db: DbOrTx, runId: string) {
  return db
    .select({ chunkIndex: simulationChunks.chunkIndex, partial: simulationChunks.partial, engineMs: simulationChunks.engineMs })
    .from(simulationChunks)
    .where(eq(simulationChunks.runId, runId))
    .orderBy(asc(simulationChunks.chunkIndex));
}
