import { getDb } from "@/db";
import type { OperationsDashboard, OrganisationOverview, ProjectDashboard } from "@/lib/http/contracts/dashboards";
import { operationsDashboardKey, overviewKey, projectDashboardKey, rememberDashboardJson } from "@/lib/dashboards/cache-keys";
import { getOperationsDashboard, type OperationsRequest } from "./operations";
import { getOrganisationOverview } from "./overview";
import { getProjectDashboard } from "./project";

// The dashboards as the routes and pages read them: through the cache, keyed by organisation and project versions
// (lib/cache/dashboard-keys.ts). Callers have already resolved the organisation from the caller's memberships.
// The *Json readers give the cached JSON text itself, which the routes answer without parsing it.

export { resolveOperationsScope, findDashboardProjectOrganisation, type OperationsScope } from "./scope";
export type { OperationsRequest } from "./operations";

export async function readOrganisationOverviewJson({ organisationId }: { organisationId: string }): Promise<string> {
  return rememberDashboardJson(overviewKey(organisationId), async () => getOrganisationOverview(await getDb(), { organisationId }));
}

export async function readOrganisationOverview(scope: { organisationId: string }): Promise<OrganisationOverview> {
  return JSON.parse(await readOrganisationOverviewJson(scope)) as OrganisationOverview;
}

/**
 * @returns "null" when the project is not in the organisation. JSON has no undefined: a project deleted between the
 * caller's scope check and this load is cached as null until the organisation-level bump its deletion makes.
 */
export async function readProjectDashboardJson({ organisationId, projectId }: { organisationId: string; projectId: string }): Promise<string> {
  return rememberDashboardJson(projectDashboardKey(organisationId, projectId), async () => {
    return (await getProjectDashboard(await getDb(), { organisationId, projectId })) ?? null;
  });
}

/** @returns undefined when the project is not in the organisation */
export async function readProjectDashboard(scope: { organisationId: string; projectId: string }): Promise<ProjectDashboard | undefined> {
  return (JSON.parse(await readProjectDashboardJson(scope)) as ProjectDashboard | null) ?? undefined;
}

/**
 * @returns "null" when the scenario no longer exists: deleted after its owner was remembered (scope.ts, owners.ts),
 * it is no longer among its project's scenarios.
 */
export async function readOperationsDashboardJson(request: OperationsRequest): Promise<string> {
  const load = async () => {
    const dashboard = await getOperationsDashboard(await getDb(), request);
    const isScenarioGone = request.scenarioId !== null && !dashboard.filters.scenarios.some((s) => s.id === request.scenarioId);
    return isScenarioGone ? null : dashboard;
  };
  // An empty scope (no project or scenario yet) is cheap and not cached.
  if (!request.projectId || !request.scenarioId) return JSON.stringify(await load());
  const parts = { scenarioId: request.scenarioId, from: request.from ?? undefined, to: request.to ?? undefined };
  return rememberDashboardJson(operationsDashboardKey(request.organisationId, request.projectId, parts), load);
}

/** @returns undefined when the scenario no longer exists */
export async function readOperationsDashboard(request: OperationsRequest): Promise<OperationsDashboard | undefined> {
  return (JSON.parse(await readOperationsDashboardJson(request)) as OperationsDashboard | null) ?? undefined;
}
