import { getDb } from "@/db";
import { findDashboardProjectOrganisation, readProjectDashboard } from "@/db/queries/dashboards";
import { dashboardContracts } from "@/lib/api/contracts/dashboards";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";

const PRIVATE = { "Cache-Control": "private, no-store" };

// GET /api/dashboards/projects/{projectId} – NPV distribution per scenario and the base case's capex, opex and cash flow, cached
export const GET = handle(dashboardContracts.project, async ({ params, user, authorize }) => {
  const organisationIds = user.memberships.map((m) => m.organisationId);
  const organisationId = await findDashboardProjectOrganisation(await getDb(), { organisationIds, projectId: params.projectId });
  if (!organisationId) throw notFound("Project");
  authorize(organisationId);
  const dashboard = await readProjectDashboard({ organisationId, projectId: params.projectId });
  if (!dashboard) throw notFound("Project");
  return Response.json(dashboard, { headers: PRIVATE });
});
