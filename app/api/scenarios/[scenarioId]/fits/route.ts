import { fitContracts } from "@/lib/http/contracts/fits";
import { handle } from "@/lib/http/handle";
import { fitScenarioSeries } from "@/lib/scenarios/fits";

// GET /api/scenarios/{scenarioId}/fits – distributions fitted to the scenario's maintenance logs or consumption actuals, ranked by KS statistic
export const GET = handle(fitContracts.get, async ({ params, query, load }) => {
  const { organisationId } = await load("scenario", params.scenarioId);
  const fits = await fitScenarioSeries({ organisationId, scenarioId: params.scenarioId }, query);
  return Response.json({ fits }, { headers: { "Cache-Control": "private, no-store" } });
});
