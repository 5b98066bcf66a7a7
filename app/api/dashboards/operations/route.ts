import { getDb } from "@/db";
import { readOperationsDashboardJson, resolveOperationsScope } from "@/db/queries/dashboards";
import { dashboardContracts } from "@/lib/http/contracts/dashboards";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { jsonResponse } from "../json";

// GET /api/dashboards/operations – consumption, production and maintenance of a project scenario by period/month, cached
export const GET = handle(dashboardContracts.operations, async ({ query, user, authorize }) => {
  const scope = await resolveOperationsScope(await getDb(), {
    organisationIds: user.memberships.map((m) => m.organisationId),
    activeOrganisationId: user.activeOrganisation.id,
    projectId: query.projectId,
    scenarioId: query.scenarioId,
  });
  if (!scope) throw notFound(query.scenarioId ? "Scenario" : "Project");
  authorize(scope.organisationId);
  const json = await readOperationsDashboardJson({ ...scope, from: query.from ?? null, to: query.to ?? null });
  if (json === "null") throw notFound("Scenario");
  return jsonResponse(json);
});
