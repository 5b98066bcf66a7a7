import { economicsContracts } from "@/lib/http/contracts/economics";
import { handle } from "@/lib/http/handle";
import { getScenarioEconomics } from "@/lib/scenarios";

// GET /api/scenarios/{scenarioId}/economics – economic summary, annual cash flow, sensitivities and break-evens
export const GET = handle(economicsContracts.get, async ({ params, load }) => {
  const { organisationId } = await load("scenario", params.scenarioId);
  const economics = await getScenarioEconomics({ organisationId, scenarioId: params.scenarioId });
  return Response.json({ economics }, { headers: { "Cache-Control": "private, no-store" } });
});
