import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { selectRows } from "./select-rows";

// Cluster-wide gauges for /api/metrics, read from PostgreSQL: every instance reports the same numbers.

export type ConnectionCount = { state: string; count: number };
export type QueueCount = { queue: string; state: string; count: number };

const PGBOSS_STATES = ["queued", "active", "deferred", "failed"] as const;

/** Connections to this database by state (PostgreSQL server only). */
export async function countDatabaseConnections(db: DbOrTx): Promise<ConnectionCount[]> {
  const rows = await selectRows<{ state: unknown; count: unknown }>(
    db,
    sql`select coalesce(state, 'unknown') as state, count(*)::int as count
          from pg_stat_activity where datname = current_database() group by 1`,
  );
  return rows.map((row) => ({ state: String(row.state), count: Number(row.count) }));
}

/** The server's connection limit (PostgreSQL server only). */
export async function readMaxConnections(db: DbOrTx): Promise<number> {
  const [limit] = await selectRows<{ max: unknown }>(db, sql`select current_setting('max_connections')::int as max`);
  return Number(limit?.max ?? 0);
}

/** Simulation runs waiting or running, by status (whatever the queue that carries them). */
export async function countActiveSimulationRuns(db: DbOrTx): Promise<QueueCount[]> {
  const rows = await selectRows<{ status: unknown; count: unknown }>(
    db,
    sql`select status, count(*)::int as count from simulation_runs where status in ('queued', 'running') group by status`,
  );
  return rows.map((row) => ({ queue: "simulation_runs", state: String(row.status), count: Number(row.count) }));
}

/** pg-boss's own per-queue counts; none when its schema does not exist (the in-process queue). */
export async function countPgBossJobs(db: DbOrTx): Promise<QueueCount[]> {
  const [boss] = await selectRows<{ present: unknown }>(db, sql`select to_regclass('pgboss.queue') is not null as present`);
  if (boss?.present !== true) return [];
  const queues = await selectRows<Record<string, unknown>>(
    db,
    sql`select name, queued_count, active_count, deferred_count, failed_count from pgboss.queue`,
  );
  return queues.flatMap((row) =>
    PGBOSS_STATES.map((state) => ({ queue: String(row.name), state, count: Number(row[`${state}_count`] ?? 0) })),
  );
}
