import { scenarioCashFlowContract } from "@/lib/http/contracts/scenarios";
import { handle } from "@/lib/http/handle";
import { getScenarioCashFlow } from "@/lib/scenarios";

// GET /api/scenarios/{scenarioId}/cashflow – deterministic cash-flow table, metrics, capex and opex plans
export const GET = handle(scenarioCashFlowContract, async ({ params, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const cashFlow = await getScenarioCashFlow({ organisationId, projectId, scenarioId: params.scenarioId });
  return Response.json({ cashFlow }, { headers: { "Cache-Control": "private, no-store" } });
});
