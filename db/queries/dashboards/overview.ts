import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { selectRows } from "../select-rows";
import { latestNpvJoin, toLatestNpv, type LatestNpv, type LatestNpvColumns } from "./npv";
import { inList, toIso } from "./sql";

// The rows behind the organisation overview: counts, runs by status, recent audit rows and each project's base case.

type OrganisationScope = { organisationId: string };

export type ProjectAndScenarioCounts = { projects: number; scenarios: number; activeScenarios: number };
export type RunStatusCount = { status: string; runs: number };

export type ActivityRow = {
  /** ISO timestamp. */
  at: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The `name` the audit row recorded after (else before) the change. */
  entityName: string | null;
  userName: string | null;
};

export type ProjectBaseCaseRow = {
  id: string;
  name: string;
  currency: string;
  baseCase: { scenarioId: string; name: string } | null;
  npv: LatestNpv | null;
};

type ActivityColumns = Omit<ActivityRow, "at"> & { created_at: Date | string };
type ProjectBaseCaseColumns = LatestNpvColumns & {
  id: string;
  name: string;
  currency: string;
  scenario_id: string | null;
  scenario_name: string | null;
};

export async function countProjectsAndScenarios(db: DbOrTx, { organisationId }: OrganisationScope): Promise<ProjectAndScenarioCounts> {
  const [row] = await selectRows<ProjectAndScenarioCounts>(
    db,
    sql`SELECT (SELECT count(*)::int FROM projects WHERE organisation_id = ${organisationId}) AS projects,
               count(s.id)::int AS scenarios,
               (count(s.id) FILTER (WHERE s.status = 'active'))::int AS "activeScenarios"
          FROM scenarios s JOIN projects p ON p.id = s.project_id
         WHERE p.organisation_id = ${organisationId}`,
  );
  return row ?? { projects: 0, scenarios: 0, activeScenarios: 0 };
}

export async function countRunsByStatus(db: DbOrTx, { organisationId }: OrganisationScope): Promise<RunStatusCount[]> {
  return selectRows<RunStatusCount>(
    db,
    sql`SELECT status::text AS status, count(*)::int AS runs FROM simulation_runs
         WHERE organisation_id = ${organisationId} GROUP BY status`,
  );
}

/** The newest audit rows of the organisation, leaving out `excludedActions` and `excludedEntityTypes`. */
export async function listRecentActivity(
  db: DbOrTx,
  {
    organisationId,
    excludedActions,
    excludedEntityTypes = [],
    limit,
  }: OrganisationScope & { excludedActions: readonly string[]; excludedEntityTypes?: readonly string[]; limit: number },
): Promise<ActivityRow[]> {
  const rows = await selectRows<ActivityColumns>(
    db,
    sql`SELECT a.created_at, a.action::text AS action, a.entity_type AS "entityType", a.entity_id AS "entityId",
               coalesce(a.after ->> 'name', a.before ->> 'name') AS "entityName", u.name AS "userName"
          FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
         WHERE a.organisation_id = ${organisationId}
           ${excludedActions.length > 0 ? sql`AND a.action::text NOT IN ${inList(excludedActions)}` : sql``}
           ${excludedEntityTypes.length > 0 ? sql`AND a.entity_type NOT IN ${inList(excludedEntityTypes)}` : sql``}
         ORDER BY a.created_at DESC, a.id DESC
         LIMIT ${limit}`,
  );
  return rows.map(({ created_at, ...row }) => ({ at: toIso(created_at) ?? "", ...row }));
}

/** Every project of the organisation by name, with its base case and that scenario's latest NPV. */
export async function listProjectBaseCases(db: DbOrTx, { organisationId }: OrganisationScope): Promise<ProjectBaseCaseRow[]> {
  const rows = await selectRows<ProjectBaseCaseColumns>(
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
    npv: toLatestNpv(row),
  }));
}
