import { getDb } from "@/db";
import type { OperationsDashboard, OrganisationOverview, ProjectDashboard } from "@/lib/api/contracts/dashboards";
import { operationsDashboardKey, overviewKey, projectDashboardKey, rememberDashboard } from "@/lib/cache/dashboard-keys";
import { getOperationsDashboard, type OperationsRequest } from "./operations";
import { getOrganisationOverview } from "./overview";
import { getProjectDashboard } from "./project";

// The dashboards as the routes and pages read them: through the cache, keyed by organisation and project versions
// (lib/cache/dashboard-keys.ts). Callers have already resolved the organisation from the caller's memberships.

export { resolveOperationsScope, findDashboardProjectOrganisation, type OperationsScope } from "./scope";
export type { OperationsRequest } from "./operations";

export async function readOrganisationOverview({ organisationId }: { organisationId: string }): Promise<OrganisationOverview> {
  return rememberDashboard(overviewKey(organisationId), async () => getOrganisationOverview(await getDb(), { organisationId }));
}

/** @returns undefined when the project is not in the organisation */
export async function readProjectDashboard({ organisationId, projectId }: { organisationId: string; projectId: string }): Promise<ProjectDashboard | undefined> {
  // JSON has no undefined: a project deleted between the caller's scope check and this load is cached as null,
  // until the organisation-level bump its deletion makes.
  const dashboard = await rememberDashboard(projectDashboardKey(organisationId, projectId), async () => {
    return (await getProjectDashboard(await getDb(), { organisationId, projectId })) ?? null;
  });
  return dashboard ?? undefined;
}

export async function readOperationsDashboard(request: OperationsRequest): Promise<OperationsDashboard> {
  const load = async () => getOperationsDashboard(await getDb(), request);
  if (!request.projectId || !request.scenarioId) return load();
  const parts = { scenarioId: request.scenarioId, from: request.from ?? undefined, to: request.to ?? undefined };
  return rememberDashboard(operationsDashboardKey(request.organisationId, request.projectId, parts), load);
}
