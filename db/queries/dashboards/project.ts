import { sql } from "drizzle-orm";
import type { ProjectDashboard } from "@/lib/http/contracts/dashboards";
import type { DbOrTx } from "../../client";
import { getBaseCaseFigures } from "./base-case";
import { latestNpvJoin, toNpvSummary, type LatestNpvColumns } from "./npv";
import { selectRows } from "./sql";

type ProjectRow = { id: string; name: string; currency: string; primary_commodity: string };
type ScenarioRow = LatestNpvColumns & {
  id: string;
  name: string;
  status: ProjectDashboard["scenarios"][number]["status"];
  is_base_case: boolean;
  currency: string;
};

async function listScenarioNpvs(db: DbOrTx, projectId: string): Promise<ProjectDashboard["scenarios"]> {
  // The currency shown is the scenario's own, else the project's (a child that inherits its currency from a parent
  // that overrides the project's is rare; the simulation page shows the exact one).
  const rows = await selectRows<ScenarioRow>(
    db,
    sql`SELECT s.id, s.name, s.status::text AS status, s.is_base_case, coalesce(s.currency, p.currency) AS currency, npv.*
          FROM scenarios s JOIN projects p ON p.id = s.project_id
          ${latestNpvJoin(sql`s.id`)}
         WHERE s.project_id = ${projectId}
         ORDER BY s.is_base_case DESC, s.name, s.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    isBaseCase: row.is_base_case,
    currency: row.currency,
    npv: toNpvSummary(row),
  }));
}

/**
 * A project's dashboard: each scenario's NPV distribution from its latest succeeded run, and the base case's
 * capex by category, opex per period and cash flow.
 * @returns undefined when the project is not in the organisation (→ 404)
 */
export async function getProjectDashboard(
  db: DbOrTx,
  { organisationId, projectId }: { organisationId: string; projectId: string },
): Promise<ProjectDashboard | undefined> {
  const [project] = await selectRows<ProjectRow>(
    db,
    sql`SELECT id, name, currency, primary_commodity FROM projects WHERE id = ${projectId} AND organisation_id = ${organisationId}`,
  );
  if (!project) return undefined;
  const scenarios = await listScenarioNpvs(db, projectId);
  const base = scenarios.find((scenario) => scenario.isBaseCase);
  const baseCase = base ? await getBaseCaseFigures(db, { organisationId, scenarioId: base.id }) : null;
  return {
    project: { id: project.id, name: project.name, currency: project.currency, primaryCommodity: project.primary_commodity },
    scenarios,
    baseCase,
    generatedAt: new Date().toISOString(),
  };
}
