import { economicsContracts } from "@/lib/http/contracts/economics";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportScenarioEconomics } from "@/lib/import-export";

// GET /api/scenarios/{scenarioId}/economics/export – the economics as a workbook or one table as CSV
export const GET = handle(economicsContracts.export, async ({ params, query, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const actor = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId };
  const file = await exportScenarioEconomics(actor, { format: query.format, part: query.part });
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
