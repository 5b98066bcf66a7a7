import { readProjectDashboardJson } from "@/lib/dashboards/project";
import { dashboardContracts } from "@/lib/http/contracts/dashboards";
import { handle } from "@/lib/http/handle";
import { jsonResponse } from "../../json";

// GET /api/dashboards/projects/{projectId} – NPV distribution per scenario and the base case's capex, opex and cash flow, cached
export const GET = handle(dashboardContracts.project, async ({ params, load }) => {
  // The owner is remembered in the process (lib/access): the dashboard reads the project anyway, 404 when deleted since.
  const { organisationId, projectId } = await load("project", params.projectId, { isRemembered: true });
  return jsonResponse(await readProjectDashboardJson({ organisationId, projectId }));
});
