import { resolveOperationsScope } from "@/lib/dashboards/operations-scope";
import { exportContracts } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportOperationsDashboard } from "@/lib/import-export";

// GET /api/dashboards/operations/export – the operations dashboard's data (same scope and filters) as a workbook or CSV
export const GET = handle(exportContracts.operations, async ({ query, user, authorize }) => {
  const scope = await resolveOperationsScope(user, { projectId: query.projectId, scenarioId: query.scenarioId });
  authorize(scope.organisationId);
  const request = { ...scope, from: query.from ?? null, to: query.to ?? null };
  const file = await exportOperationsDashboard(request, { format: query.format, part: query.part });
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
