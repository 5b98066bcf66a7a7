import { sql, type SQL } from "drizzle-orm";
import type { MetricStatisticsJson } from "../../schema";
import { toIso } from "./sql";

/** Columns a query selects through latestNpvJoin. */
export type LatestNpvColumns = {
  run_id: string | null;
  run_finished_at: Date | string | null;
  run_iterations: number | null;
  npv_statistics: MetricStatisticsJson | null;
};

/** A scenario's latest succeeded simulation run and its stored "npv" statistics. */
export type LatestNpv = {
  runId: string;
  /** ISO timestamp. */
  finishedAt: string | null;
  iterations: number | null;
  statistics: MetricStatisticsJson;
};

/**
 * LEFT JOIN LATERAL of the scenario's latest succeeded simulation run (by creation, the index
 * simulation_runs_scenario_id_created_at_idx read backwards) and that run's "npv" result; selects
 * run_id, run_finished_at, run_iterations and npv_statistics.
 */
export function latestNpvJoin(scenarioId: SQL): SQL {
  return sql`LEFT JOIN LATERAL (
      SELECT r.id AS run_id, r.finished_at AS run_finished_at, r.iterations AS run_iterations, res.statistics AS npv_statistics
        FROM simulation_runs r JOIN simulation_results res ON res.run_id = r.id AND res.metric = 'npv'
       WHERE r.scenario_id = ${scenarioId} AND r.status = 'succeeded'
       ORDER BY r.created_at DESC
       LIMIT 1) npv ON true`;
}

/** The joined run, or null when the scenario has no succeeded run with an NPV. */
export function toLatestNpv(row: LatestNpvColumns): LatestNpv | null {
  if (!row.run_id || !row.npv_statistics) return null;
  return { runId: row.run_id, finishedAt: toIso(row.run_finished_at), iterations: row.run_iterations, statistics: row.npv_statistics };
}
