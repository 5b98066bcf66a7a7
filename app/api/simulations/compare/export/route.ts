import { exportContracts } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { downloadHeaders, exportRunComparison } from "@/lib/import-export";

// GET /api/simulations/compare/export – two runs' summary statistics side by side, as a workbook or CSV
export const GET = handle(exportContracts.simulationComparison, async ({ query, load }) => {
  // Each run through the guard: 404 for another organisation's, 403 below analyst, as the run's own export.
  const [a, b] = await Promise.all([load("simulationRun", query.a), load("simulationRun", query.b)]);
  const runs = [{ organisationId: a.organisationId, runId: query.a }, { organisationId: b.organisationId, runId: query.b }] as const;
  const file = await exportRunComparison(runs, query.format);
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
});
