import { importExportContracts } from "@/lib/http/contracts/import-export";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportSimulationRun } from "@/lib/import-export";

// GET /api/simulations/{runId}/export – a finished run's results as a streamed CSV (one table) or workbook
export const GET = handle(importExportContracts.simulationExport, async ({ params, query, user, load }) => {
  const { organisationId, projectId } = await load("simulationRun", params.runId);
  const actor = { organisationId, projectId, userId: user.id, runId: params.runId };
  const file = await exportSimulationRun(actor, { format: query.format, part: query.part });
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
