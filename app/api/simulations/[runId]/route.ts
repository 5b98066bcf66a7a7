import { simulationContracts } from "@/lib/http/contracts/simulations";
import { handle } from "@/lib/http/handle";
import { readSimulation } from "@/lib/simulations/service";

// GET /api/simulations/{runId} – a run's status, progress, timings and (once succeeded) results
export const GET = handle(simulationContracts.get, async ({ params, load }) => {
  const run = await readSimulation(await load("simulationRun", params.runId), params.runId);
  return Response.json({ run }, { headers: { "Cache-Control": "private, no-store" } });
});
