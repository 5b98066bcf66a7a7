import { getDatabaseKind, getDb } from "@/db";
import {
  countActiveSimulationRuns,
  countDatabaseConnections,
  countPgBossJobs,
  readMaxConnections,
} from "@/db/queries/metrics-sources";
import { hasMetricsSource, setMetricsSources, type DatabasePoolReading, type QueueDepth } from "./metrics";

/** Connections to this database by state, and the server's limit (replicas × pool size must stay below it). */
export async function readDatabasePool(): Promise<DatabasePoolReading> {
  if ((await getDatabaseKind()) !== "postgres") return { maxConnections: 1, connections: [{ state: "embedded", count: 1 }] };
  const db = await getDb();
  const connections = await countDatabaseConnections(db);
  return { maxConnections: await readMaxConnections(db), connections };
}

/**
 * Simulation runs waiting or running (from simulation_runs, whatever the queue), plus pg-boss's own
 * per-queue counts when its schema exists. Both are shared state: every instance reports the same numbers.
 */
export async function readQueueDepth(): Promise<QueueDepth[]> {
  const db = await getDb();
  const runs = await countActiveSimulationRuns(db);
  return [...runs, ...(await countPgBossJobs(db))];
}

/** Installs the database-backed sources unless the app registered its own (e.g. pg-boss's getQueueStats). */
export function installSharedSources(): void {
  if (!hasMetricsSource("databasePool")) setMetricsSources({ databasePool: readDatabasePool });
  if (!hasMetricsSource("queueDepth")) setMetricsSources({ queueDepth: readQueueDepth });
}
