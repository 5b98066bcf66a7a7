import { branchScenarioContract } from "@/lib/http/contracts/scenarios";
import { handle } from "@/lib/http/handle";
import { branchScenario } from "@/lib/scenarios";

// POST /api/scenarios/{scenarioId}/branch – create a child that inherits everything (201, the effective child)
export const POST = handle(branchScenarioContract, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const scenario = await branchScenario({ organisationId, userId: user.id, projectId, scenarioId: params.scenarioId }, body);
  return Response.json({ scenario }, { status: 201, headers: { Location: `/api/scenarios/${scenario.id}` } });
});
