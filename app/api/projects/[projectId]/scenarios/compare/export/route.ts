import { exportContracts } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportScenarioComparison } from "@/lib/import-export";

// GET /api/projects/{projectId}/scenarios/compare/export – the comparison table as a workbook or CSV
export const GET = handle(exportContracts.scenarioComparison, async ({ params, query, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  const file = await exportScenarioComparison({ organisationId, projectId }, { scenarioIds: query.scenarioIds, format: query.format });
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
