import { quickStartScenarioContract } from "@/lib/http/contracts/scenarios";
import { handle } from "@/lib/http/handle";
import { quickStartScenario } from "@/lib/scenarios";

// POST /api/projects/{projectId}/scenarios/quick-start – a complete scenario (settings, production, capex, opex) from a few figures
export const POST = handle(quickStartScenarioContract, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  const scenario = await quickStartScenario({ organisationId, userId: user.id, projectId }, body);
  return Response.json({ scenario }, { status: 201, headers: { Location: `/api/scenarios/${scenario.id}` } });
});
