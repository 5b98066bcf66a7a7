import { sql } from "drizzle-orm";
import type { ScenarioStatus } from "@/lib/domain/scenarios";
import type { DbOrTx } from "../../client";
import { selectRows } from "../select-rows";
import { latestNpvJoin, toLatestNpv, type LatestNpv, type LatestNpvColumns } from "./npv";

// The rows behind a project's dashboard: the project and each scenario with its latest NPV.

type ProjectScope = { organisationId: string; projectId: string };

export type DashboardProjectRow = { id: string; name: string; currency: string; primaryCommodity: string };

export type ScenarioNpvRow = {
  id: string;
  name: string;
  status: ScenarioStatus;
  isBaseCase: boolean;
  /** The scenario's own currency, else the project's. */
  currency: string;
  npv: LatestNpv | null;
};

type ScenarioNpvColumns = LatestNpvColumns & { id: string; name: string; status: ScenarioStatus; is_base_case: boolean; currency: string };

/** The project, or undefined when it is not in the organisation. */
export async function findDashboardProject(db: DbOrTx, { organisationId, projectId }: ProjectScope): Promise<DashboardProjectRow | undefined> {
  const [project] = await selectRows<DashboardProjectRow>(
    db,
    sql`SELECT id, name, currency, primary_commodity AS "primaryCommodity"
          FROM projects WHERE id = ${projectId} AND organisation_id = ${organisationId}`,
  );
  return project;
}

/** The project's scenarios, base case first then by name, each with its latest succeeded run's NPV. */
export async function listScenarioNpvs(db: DbOrTx, { organisationId, projectId }: ProjectScope): Promise<ScenarioNpvRow[]> {
  // A child that inherits its currency from a parent that overrides the project's is rare; the simulation page
  // shows the exact one.
  const rows = await selectRows<ScenarioNpvColumns>(
    db,
    sql`SELECT s.id, s.name, s.status::text AS status, s.is_base_case, coalesce(s.currency, p.currency) AS currency, npv.*
          FROM scenarios s JOIN projects p ON p.id = s.project_id
          ${latestNpvJoin(sql`s.id`)}
         WHERE s.project_id = ${projectId} AND p.organisation_id = ${organisationId}
         ORDER BY s.is_base_case DESC, s.name, s.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    isBaseCase: row.is_base_case,
    currency: row.currency,
    npv: toLatestNpv(row),
  }));
}
