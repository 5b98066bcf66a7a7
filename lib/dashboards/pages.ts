import { isUuid } from "@/db/queries/ids";
import { loadOwned } from "@/lib/access";
import type { CurrentUser } from "@/lib/auth/types";
import { isAppError } from "@/lib/errors";
import { operationsQuerySchema, type OperationsDashboard, type OperationsQuery, type ProjectDashboard } from "@/lib/http/contracts/dashboards";
import { readOperationsDashboard } from "./operations";
import { resolveOperationsScopeForPage } from "./operations-scope";
import { readProjectDashboard } from "./project";

// What the dashboard pages load, given the signed-in user and the raw route or search parameters. Pages show the
// ACTIVE organisation only (switch organisation to see another's). Every id is checked before anything is looked
// up or cached: a malformed id, a missing record and another organisation's record all give undefined, which the
// page answers with its not-found page (404), so none of them can be told apart or create a cache entry.

const REMEMBERED = { isRemembered: true };

/** undefined when the id is malformed, missing, or not in the user's active organisation (or deleted since). */
export async function readProjectDashboardForPage(user: CurrentUser, projectId: string): Promise<ProjectDashboard | undefined> {
  if (!isUuid(projectId)) return undefined;
  try {
    const owner = await loadOwned(user, "project", projectId, "viewer", REMEMBERED);
    if (owner.organisationId !== user.activeOrganisation.id) return undefined;
    return await readProjectDashboard({ organisationId: owner.organisationId, projectId });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}

export type SearchParams = Record<string, string | string[] | undefined>;
export type OperationsPageData = { dashboard: OperationsDashboard; hasInvalidFilters: boolean };

function firstValues(params: SearchParams): Record<string, string> {
  // Empty form fields ("Base case of the project", no date) mean "not set".
  const entries = Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}

/**
 * The operations page's dashboard. Invalid dates fall back to the defaults (shown with a notice); a malformed
 * projectId or scenarioId names no record, exactly like a missing one.
 * @returns undefined when a named project or scenario is malformed, missing or not in the active organisation
 */
export async function readOperationsDashboardForPage(user: CurrentUser, params: SearchParams): Promise<OperationsPageData | undefined> {
  const values = firstValues(params);
  const { projectId, scenarioId } = values;
  if ((projectId !== undefined && !isUuid(projectId)) || (scenarioId !== undefined && !isUuid(scenarioId))) return undefined;
  const parsed = operationsQuerySchema.safeParse(values);
  const query: OperationsQuery = parsed.success ? parsed.data : { projectId, scenarioId };
  const scope = await resolveOperationsScopeForPage(user, query);
  if (!scope) return undefined;
  const dashboard = await readOperationsDashboard({ ...scope, from: query.from ?? null, to: query.to ?? null });
  return dashboard ? { dashboard, hasInvalidFilters: !parsed.success } : undefined;
}
