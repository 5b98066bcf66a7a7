import { simulationContracts } from "@/lib/http/contracts/simulations";
import { handle } from "@/lib/http/handle";
import { startSimulation } from "@/lib/simulations/service";

// POST /api/simulations/run – run a scenario's Monte Carlo simulation: 201 with the stored result (small runs) or 202 queued
export const POST = handle(simulationContracts.run, async ({ body, user, load }) => {
  const { status, run } = await startSimulation(user, await load("scenario", body.scenarioId), body);
  return Response.json({ run }, { status, headers: { Location: `/api/simulations/${run.id}` } });
});
