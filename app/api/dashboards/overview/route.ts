import { readOrganisationOverviewJson } from "@/lib/dashboards/overview";
import { dashboardContracts } from "@/lib/http/contracts/dashboards";
import { handle } from "@/lib/http/handle";
import { jsonResponse } from "../json";

// GET /api/dashboards/overview – the active organisation's overview (counts, activity, base-case NPV), cached
export const GET = handle(dashboardContracts.overview, async ({ user, authorize }) => {
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  return jsonResponse(await readOrganisationOverviewJson({ organisationId }));
});
