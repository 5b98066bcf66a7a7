import { sql } from "drizzle-orm";
import { check, doublePrecision, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { bytea, isNonNegative, timestamps } from "./columns";
import { simulationRuns } from "./simulations";

/**
 * The partial result of one queued chunk of a simulation run (iterations start .. start + count − 1), written by
 * the worker process that evaluated it. The worker that completes the last chunk merges them in chunk order and
 * writes simulation_results; the rows are deleted once the run has ended. One row per chunk: a retried job that
 * finds its row done skips the work (inserts are ON CONFLICT DO NOTHING, and the bytes would be identical).
 */
export const simulationChunks = pgTable(
  "simulation_chunks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => simulationRuns.id, { onDelete: "cascade" }),
    chunkIndex: integer("chunk_index").notNull(),
    start: integer("start").notNull(),
    count: integer("count").notNull(),
    /** The engine's ChunkPartial[] serialised with node:v8 (typed arrays, NaN and ±Infinity kept exactly). */
    partial: bytea("partial").notNull(),
    /** Time the worker spent evaluating this chunk. */
    engineMs: doublePrecision("engine_ms").notNull(),
    /** hostname:pid of the worker process, for diagnosis. */
    worker: text("worker").notNull(),
    ...timestamps,
  },
  (t) => [
    // Leading run_id: also the FK index.
    unique("simulation_chunks_run_id_chunk_index_unique").on(t.runId, t.chunkIndex),
    check("simulation_chunks_chunk_index_non_negative", isNonNegative(t.chunkIndex)),
    check("simulation_chunks_start_non_negative", isNonNegative(t.start)),
    check("simulation_chunks_count_positive", sql`${t.count} > 0`),
  ],
);

export type SimulationChunk = typeof simulationChunks.$inferSelect;
export type NewSimulationChunk = typeof simulationChunks.$inferInsert;
