import { exportContracts } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportProjectDashboard } from "@/lib/import-export";

// GET /api/dashboards/projects/{projectId}/export – the project dashboard's data as a workbook or CSV
export const GET = handle(exportContracts.projectDashboard, async ({ params, query, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId, { isRemembered: true });
  const file = await exportProjectDashboard({ organisationId, projectId }, { format: query.format, part: query.part });
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
