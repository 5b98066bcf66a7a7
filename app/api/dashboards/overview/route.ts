import { getDb } from "@/db";
import { readOrganisationOverview } from "@/db/queries/dashboards";
import { dashboardContracts } from "@/lib/api/contracts/dashboards";
import { handle } from "@/lib/http/handle";

const PRIVATE = { "Cache-Control": "private, no-store" };

// GET /api/dashboards/overview – the active organisation's overview (counts, activity, base-case NPV), cached
export const GET = handle(dashboardContracts.overview, async ({ user, authorize }) => {
  await getDb();
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  return Response.json(await readOrganisationOverview({ organisationId }), { headers: PRIVATE });
});
