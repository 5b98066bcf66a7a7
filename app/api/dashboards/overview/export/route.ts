import { exportContracts } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportOverviewDashboard } from "@/lib/import-export";

// GET /api/dashboards/overview/export – the overview's data (NPV by project, counts, activity) as a workbook or CSV
export const GET = handle(exportContracts.overview, async ({ query, user, authorize }) => {
  authorize(user.activeOrganisation.id);
  const file = await exportOverviewDashboard(user.activeOrganisation, { format: query.format, part: query.part });
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
