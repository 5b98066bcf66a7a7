import { simulationContracts } from "@/lib/http/contracts/simulations";
import { handle } from "@/lib/http/handle";
import { listSimulations } from "@/lib/simulations/service";

// GET /api/scenarios/{scenarioId}/simulations – the scenario's runs, newest first, paginated
export const GET = handle(simulationContracts.history, async ({ params, query, load }) => {
  const page = await listSimulations(await load("scenario", params.scenarioId), params.scenarioId, query);
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
