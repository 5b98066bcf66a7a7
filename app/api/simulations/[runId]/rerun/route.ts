import { simulationContracts } from "@/lib/http/contracts/simulations";
import { handle } from "@/lib/http/handle";
import { rerunSimulation } from "@/lib/simulations/service";

// POST /api/simulations/{runId}/rerun – run a stored run again from its manifest: bit-identical results
export const POST = handle(simulationContracts.rerun, async ({ params, user, load }) => {
  const { status, run } = await rerunSimulation(user, await load("simulationRun", params.runId), params.runId);
  return Response.json({ run }, { status, headers: { Location: `/api/simulations/${run.id}` } });
});
