import { sql } from "drizzle-orm";
import type { ActivityEntry, OrganisationOverview } from "@/lib/http/contracts/dashboards";
import type { DbOrTx } from "../../client";
import { latestNpvJoin, toNpvSummary, type LatestNpvColumns } from "./npv";
import { selectRows, toIso } from "./sql";

/** Audit actions that are not changes to the organisation's data. */
const NOT_ACTIVITY = ["sign_in", "export"];
const RECENT_ACTIVITY_LIMIT = 10;

type CountsRow = { projects: number; scenarios: number; active_scenarios: number };
type RunCountRow = { status: string; runs: number };
type ActivityRow = {
  created_at: Date | string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  entity_name: string | null;
  user_name: string | null;
};
type ProjectRow = LatestNpvColumns & {
  id: string;
  name: string;
  currency: string;
  scenario_id: string | null;
  scenario_name: string | null;
};

async function countProjectsAndScenarios(db: DbOrTx, organisationId: string): Promise<CountsRow> {
  const [row] = await selectRows<CountsRow>(
    db,
    sql`SELECT (SELECT count(*)::int FROM projects WHERE organisation_id = ${organisationId}) AS projects,
               count(s.id)::int AS scenarios,
               (count(s.id) FILTER (WHERE s.status = 'active'))::int AS active_scenarios
          FROM scenarios s JOIN projects p ON p.id = s.project_id
         WHERE p.organisation_id = ${organisationId}`,
  );
  return row ?? { projects: 0, scenarios: 0, active_scenarios: 0 };
}

async function countRunsByStatus(db: DbOrTx, organisationId: string): Promise<Map<string, number>> {
  const rows = await selectRows<RunCountRow>(
    db,
    sql`SELECT status::text AS status, count(*)::int AS runs FROM simulation_runs
         WHERE organisation_id = ${organisationId} GROUP BY status`,
  );
  return new Map(rows.map((row) => [row.status, row.runs]));
}

async function listRecentActivity(db: DbOrTx, organisationId: string): Promise<ActivityEntry[]> {
  const rows = await selectRows<ActivityRow>(
    db,
    sql`SELECT a.created_at, a.action::text AS action, a.entity_type, a.entity_id,
               coalesce(a.after ->> 'name', a.before ->> 'name') AS entity_name, u.name AS user_name
          FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
         WHERE a.organisation_id = ${organisationId}
           AND a.action::text NOT IN (${sql.join(NOT_ACTIVITY.map((a) => sql`${a}`), sql`, `)})
         ORDER BY a.created_at DESC, a.id DESC
         LIMIT ${RECENT_ACTIVITY_LIMIT}`,
  );
  return rows.map((row) => ({
    at: toIso(row.created_at) ?? "",
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    entityName: row.entity_name,
    userName: row.user_name,
  }));
}

async function listProjectBaseCases(db: DbOrTx, organisationId: string): Promise<OrganisationOverview["projects"]> {
  const rows = await selectRows<ProjectRow>(
    db,
    sql`SELECT p.id, p.name, p.currency, s.id AS scenario_id, s.name AS scenario_name, npv.*
          FROM projects p
          LEFT JOIN scenarios s ON s.project_id = p.id AND s.is_base_case
          ${latestNpvJoin(sql`s.id`)}
         WHERE p.organisation_id = ${organisationId}
         ORDER BY p.name, p.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    currency: row.currency,
    baseCase: row.scenario_id && row.scenario_name ? { scenarioId: row.scenario_id, name: row.scenario_name } : null,
    npv: toNpvSummary(row),
  }));
}

/**
 * The organisation overview: counts, last change and recent activity (audit log, sign-ins and exports left out),
 * and every project's base-case NPV from its latest succeeded run. Five indexed queries, run in parallel.
 */
export async function getOrganisationOverview(
  db: DbOrTx,
  { organisationId }: { organisationId: string },
): Promise<OrganisationOverview> {
  const [counts, runs, recentActivity, projects] = await Promise.all([
    countProjectsAndScenarios(db, organisationId),
    countRunsByStatus(db, organisationId),
    listRecentActivity(db, organisationId),
    listProjectBaseCases(db, organisationId),
  ]);
  return {
    organisationId,
    counts: {
      projects: counts.projects,
      scenarios: counts.scenarios,
      activeScenarios: counts.active_scenarios,
      runsQueued: runs.get("queued") ?? 0,
      runsRunning: runs.get("running") ?? 0,
      runsSucceeded: runs.get("succeeded") ?? 0,
      runsFailed: runs.get("failed") ?? 0,
      runsCancelled: runs.get("cancelled") ?? 0,
    },
    lastChange: recentActivity[0] ?? null,
    recentActivity,
    projects,
    generatedAt: new Date().toISOString(),
  };
}
