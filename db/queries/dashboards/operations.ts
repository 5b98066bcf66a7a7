import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { selectRows } from "../select-rows";

// What the operations dashboard offers to filter by, and the project and scenario it shows by default.

export type FilterOptions = {
  projects: { id: string; name: string }[];
  scenarios: { id: string; name: string; isBaseCase: boolean }[];
};

/** The project and the scenario an operations dashboard shows when the request names no scenario. */
export type DefaultOperationsScope = { projectId: string; scenarioId: string | null };

/** The organisation's projects by name, and the project's scenarios (base case first) when a project is given. */
export async function listOperationsFilterOptions(
  db: DbOrTx,
  { organisationId, projectId }: { organisationId: string; projectId: string | null },
): Promise<FilterOptions> {
  const [projects, scenarios] = await Promise.all([
    selectRows<FilterOptions["projects"][number]>(
      db,
      sql`SELECT id, name FROM projects WHERE organisation_id = ${organisationId} ORDER BY name, id`,
    ),
    projectId
      ? selectRows<FilterOptions["scenarios"][number]>(
          db,
          sql`SELECT s.id, s.name, s.is_base_case AS "isBaseCase" FROM scenarios s JOIN projects p ON p.id = s.project_id
               WHERE s.project_id = ${projectId} AND p.organisation_id = ${organisationId}
               ORDER BY s.is_base_case DESC, s.name, s.id`,
        )
      : Promise.resolve([]),
  ]);
  return { projects, scenarios };
}

/** The project's default scenario: its base case, else its first root scenario, else its first scenario. */
const DEFAULT_SCENARIO = sql`(SELECT s.id FROM scenarios s WHERE s.project_id = p.id
      ORDER BY s.is_base_case DESC, (s.parent_scenario_id IS NOT NULL), s.created_at, s.id LIMIT 1)`;

/**
 * The project (the given one, else the organisation's first by name) and its default scenario (null when it has
 * none), in one query.
 * @returns undefined when the project is not in the organisation, or the organisation has no project
 */
export async function findDefaultOperationsScope(
  db: DbOrTx,
  { organisationId, projectId }: { organisationId: string; projectId?: string },
): Promise<DefaultOperationsScope | undefined> {
  const project = projectId ? sql` AND p.id = ${projectId}` : sql``;
  const [row] = await selectRows<DefaultOperationsScope>(
    db,
    sql`SELECT p.id AS "projectId", ${DEFAULT_SCENARIO} AS "scenarioId"
          FROM projects p WHERE p.organisation_id = ${organisationId}${project} ORDER BY p.name, p.id LIMIT 1`,
  );
  return row;
}
