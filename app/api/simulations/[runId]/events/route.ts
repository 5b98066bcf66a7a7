import { simulationContracts } from "@/lib/http/contracts/simulations";
import { handle } from "@/lib/http/handle";
import { openSimulationEvents } from "@/lib/simulations/service";

export const dynamic = "force-dynamic";

// GET /api/simulations/{runId}/events – server-sent progress events, then done, failed or cancelled
export const GET = handle(simulationContracts.events, async ({ request, params, user, load }) => {
  return openSimulationEvents(user, await load("simulationRun", params.runId), params.runId, request);
});
