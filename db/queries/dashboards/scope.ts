import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { isUuid } from "../ids";
import { recallOwner, rememberOwner } from "../../../lib/access/owner-memo";

type ScenarioOwner = { organisationId: string; projectId: string };
import { selectRows } from "./sql";

export type OperationsScope = { organisationId: string; projectId: string | null; scenarioId: string | null };

type ScopeRow = { organisation_id: string; project_id: string | null; scenario_id: string | null };

function inList(ids: readonly string[]): SQL {
  return sql`(${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`;
}

/** The project's default scenario: its base case, else its first root scenario, else its first scenario. */
const DEFAULT_SCENARIO = sql`(SELECT s.id FROM scenarios s WHERE s.project_id = p.id
      ORDER BY s.is_base_case DESC, (s.parent_scenario_id IS NOT NULL), s.created_at, s.id LIMIT 1)`;

/**
 * Which organisation, project and scenario an operations dashboard request names, among the caller's
 * organisations. A scenario decides its project (a different projectId is a 404); a project alone means its base
 * case; neither means the active organisation's first project by name (none: an empty scope).
 * @returns undefined when a named project or scenario is in none of the caller's organisations (→ 404)
 */
export async function resolveOperationsScope(
  db: DbOrTx,
  query: { organisationIds: readonly string[]; activeOrganisationId: string; projectId?: string; scenarioId?: string },
): Promise<OperationsScope | undefined> {
  const { organisationIds, projectId, scenarioId } = query;
  if (organisationIds.length === 0) return undefined;
  if ((scenarioId && !isUuid(scenarioId)) || (projectId && !isUuid(projectId))) return undefined;
  if (scenarioId) {
    const owner = await findScenarioOwner(db, scenarioId);
    if (!owner || !organisationIds.includes(owner.organisationId) || (projectId && owner.projectId !== projectId)) return undefined;
    return { ...owner, scenarioId };
  }
  const where = projectId
    ? sql`p.id = ${projectId} AND p.organisation_id IN ${inList(organisationIds)}`
    : sql`p.organisation_id = ${query.activeOrganisationId}`;
  const [row] = await selectRows<ScopeRow>(
    db,
    sql`SELECT p.organisation_id, p.id AS project_id, ${DEFAULT_SCENARIO} AS scenario_id
          FROM projects p WHERE ${where} ORDER BY p.name, p.id LIMIT 1`,
  );
  if (!row) return projectId ? undefined : { organisationId: query.activeOrganisationId, projectId: null, scenarioId: null };
  return { organisationId: row.organisation_id, projectId: row.project_id, scenarioId: row.scenario_id };
}

/** The scenario's project and organisation (remembered once read, see owners.ts); undefined when it does not exist. */
async function findScenarioOwner(db: DbOrTx, scenarioId: string): Promise<ScenarioOwner | undefined> {
  const remembered = recallOwner("scenario", scenarioId);
  if (remembered) return remembered;
  const [row] = await selectRows<{ organisation_id: string; project_id: string }>(
    db,
    sql`SELECT p.organisation_id, p.id AS project_id FROM scenarios s JOIN projects p ON p.id = s.project_id WHERE s.id = ${scenarioId}`,
  );
  if (!row) return undefined;
  const owner = { organisationId: row.organisation_id, projectId: row.project_id };
  rememberOwner("scenario", scenarioId, owner);
  return owner;
}

/** The organisation (among the caller's) that owns the project; undefined when none does (→ 404). */
export async function findDashboardProjectOrganisation(
  db: DbOrTx,
  { organisationIds, projectId }: { organisationIds: readonly string[]; projectId: string },
): Promise<string | undefined> {
  if (organisationIds.length === 0 || !isUuid(projectId)) return undefined;
  let owner = recallOwner("project", projectId)?.organisationId;
  if (!owner) {
    const [row] = await selectRows<{ organisation_id: string }>(db, sql`SELECT organisation_id FROM projects WHERE id = ${projectId}`);
    if (!row) return undefined;
    owner = row.organisation_id;
    rememberOwner("project", projectId, { organisationId: owner, projectId });
  }
  return organisationIds.includes(owner) ? owner : undefined;
}
