import { importExportContracts } from "@/lib/http/contracts/import-export";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportScenarioInputs } from "@/lib/import-export";

// GET /api/scenarios/{scenarioId}/export – the scenario's effective inputs as a workbook, or one kind as CSV
export const GET = handle(importExportContracts.export, async ({ params, query, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const actor = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId };
  const file = await exportScenarioInputs(actor, { format: query.format, kind: query.kind });
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
