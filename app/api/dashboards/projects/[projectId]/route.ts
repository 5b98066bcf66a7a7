import { getDb } from "@/db";
import { findDashboardProjectOrganisation, readProjectDashboardJson } from "@/db/queries/dashboards";
import { dashboardContracts } from "@/lib/http/contracts/dashboards";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { jsonResponse } from "../../json";

// GET /api/dashboards/projects/{projectId} – NPV distribution per scenario and the base case's capex, opex and cash flow, cached
export const GET = handle(dashboardContracts.project, async ({ params, user, authorize }) => {
  const organisationIds = user.memberships.map((m) => m.organisationId);
  const organisationId = await findDashboardProjectOrganisation(await getDb(), { organisationIds, projectId: params.projectId });
  if (!organisationId) throw notFound("Project");
  authorize(organisationId);
  const json = await readProjectDashboardJson({ organisationId, projectId: params.projectId });
  if (json === "null") throw notFound("Project");
  return jsonResponse(json);
});
