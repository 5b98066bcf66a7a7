import { sql, type SQL } from "drizzle-orm";
import { getDatabaseKind, getDb } from "@/db";
import { hasMetricsSource, setMetricsSources, type DatabasePoolReading, type QueueDepth } from "./metrics";

type Row = Record<string, unknown>;

async function query(statement: SQL): Promise<Row[]> {
  const result: unknown = await (await getDb()).execute(statement);
  // postgres.js answers an array of rows, PGlite an object with `rows`.
  if (Array.isArray(result)) return result as Row[];
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as Row[]) : [];
}

/** Connections to this database by state, and the server's limit (replicas × pool size must stay below it). */
export async function readDatabasePool(): Promise<DatabasePoolReading> {
  if ((await getDatabaseKind()) !== "postgres") return { maxConnections: 1, connections: [{ state: "embedded", count: 1 }] };
  const rows = await query(sql`select coalesce(state, 'unknown') as state, count(*)::int as count
    from pg_stat_activity where datname = current_database() group by 1`);
  const [limit] = await query(sql`select current_setting('max_connections')::int as max`);
  return {
    maxConnections: Number(limit?.max ?? 0),
    connections: rows.map((row) => ({ state: String(row.state), count: Number(row.count) })),
  };
}

/**
 * Simulation runs waiting or running (from simulation_runs, whatever the queue), plus pg-boss's own
 * per-queue counts when its schema exists. Both are shared state: every instance reports the same numbers.
 */
export async function readQueueDepth(): Promise<QueueDepth[]> {
  const runs = await query(sql`select status, count(*)::int as count from simulation_runs
    where status in ('queued', 'running') group by status`);
  const depth: QueueDepth[] = runs.map((row) => ({ queue: "simulation_runs", state: String(row.status), count: Number(row.count) }));
  const [boss] = await query(sql`select to_regclass('pgboss.queue') is not null as present`);
  if (boss?.present !== true) return depth;
  const queues = await query(sql`select name, queued_count, active_count, deferred_count, failed_count from pgboss.queue`);
  for (const row of queues) {
    for (const state of ["queued", "active", "deferred", "failed"] as const) {
      depth.push({ queue: String(row.name), state, count: Number(row[`${state}_count`] ?? 0) });
    }
  }
  return depth;
}

/** Installs the database-backed sources unless the app registered its own (e.g. pg-boss's getQueueStats). */
export function installSharedSources(): void {
  if (!hasMetricsSource("databasePool")) setMetricsSources({ databasePool: readDatabasePool });
  if (!hasMetricsSource("queueDepth")) setMetricsSources({ queueDepth: readQueueDepth });
}
