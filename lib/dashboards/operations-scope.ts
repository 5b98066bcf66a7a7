import { getDb } from "@/db";
import { findDefaultOperationsScope } from "@/db/queries/dashboards/operations";
import { loadOwned } from "@/lib/access";
import type { CurrentUser } from "@/lib/auth/types";
import { isAppError, notFound } from "@/lib/errors";

// Which organisation, project and scenario an operations dashboard request names. Owners come from the one access
// guard, remembered in the process: the dashboard loads the scenario afterwards anyway and answers 404 when it
// has been deleted since (operations.ts).

export type OperationsScope = { organisationId: string; projectId: string | null; scenarioId: string | null };

export type OperationsScopeQuery = { projectId?: string; scenarioId?: string };

const REMEMBERED = { isRemembered: true };

function narrowToActiveOrganisation(user: CurrentUser): CurrentUser {
  return { ...user, memberships: user.memberships.filter((m) => m.organisationId === user.activeOrganisation.id) };
}

/**
 * A scenario decides its project (another projectId is a 404); a project alone means its default scenario (the
 * base case); neither means the active organisation's first project by name (none: an empty scope).
 * @throws AppError NOT_FOUND when the named project or scenario is in none of the caller's organisations
 */
export async function resolveOperationsScope(caller: CurrentUser, query: OperationsScopeQuery): Promise<OperationsScope> {
  if (query.scenarioId) {
    const owner = await loadOwned(caller, "scenario", query.scenarioId, "viewer", REMEMBERED);
    if (query.projectId && owner.projectId !== query.projectId) throw notFound("Scenario");
    return { organisationId: owner.organisationId, projectId: owner.projectId, scenarioId: query.scenarioId };
  }
  const db = await getDb();
  if (query.projectId) {
    const { organisationId } = await loadOwned(caller, "project", query.projectId, "viewer", REMEMBERED);
    const found = await findDefaultOperationsScope(db, { organisationId, projectId: query.projectId });
    // Deleted after its owner was remembered.
    if (!found) throw notFound("Project");
    return { organisationId, ...found };
  }
  const organisationId = caller.activeOrganisation.id;
  const found = await findDefaultOperationsScope(db, { organisationId });
  return found ? { organisationId, ...found } : { organisationId, projectId: null, scenarioId: null };
}

/**
 * As resolveOperationsScope, for the operations page: in the active organisation only, like every page (switch
 * organisation to see another's operations).
 * @returns undefined when the named project or scenario is not found there
 */
export async function resolveOperationsScopeForPage(user: CurrentUser, query: OperationsScopeQuery): Promise<OperationsScope | undefined> {
  try {
    return await resolveOperationsScope(narrowToActiveOrganisation(user), query);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}
