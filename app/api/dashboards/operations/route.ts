import { readOperationsDashboardJson } from "@/lib/dashboards/operations";
import { resolveOperationsScope } from "@/lib/dashboards/operations-scope";
import { dashboardContracts } from "@/lib/http/contracts/dashboards";
import { handle } from "@/lib/http/handle";
import { jsonResponse } from "../json";

// GET /api/dashboards/operations – consumption, production and maintenance of a project scenario by period/month, cached
export const GET = handle(dashboardContracts.operations, async ({ query, user, authorize }) => {
  const scope = await resolveOperationsScope(user, { projectId: query.projectId, scenarioId: query.scenarioId });
  authorize(scope.organisationId);
  return jsonResponse(await readOperationsDashboardJson({ ...scope, from: query.from ?? null, to: query.to ?? null }));
});
