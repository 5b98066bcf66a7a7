import { simulationContracts } from "@/lib/http/contracts/simulations";
import { handle } from "@/lib/http/handle";
import { cancelSimulation } from "@/lib/simulations/service";

// POST /api/simulations/{runId}/cancel – cancel a queued or running run (409 when it has already ended)
export const POST = handle(simulationContracts.cancel, async ({ params, user, load }) => {
  const run = await cancelSimulation(user, await load("simulationRun", params.runId), params.runId);
  return Response.json({ run });
});
