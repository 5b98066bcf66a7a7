import { compareScenariosContract } from "@/lib/http/contracts/scenarios";
import { handle } from "@/lib/http/handle";
import { compareProjectScenarios } from "@/lib/scenarios";

// POST /api/projects/{projectId}/scenarios/compare – 2–6 scenarios side by side (422 with a rule's code when refused)
export const POST = handle(compareScenariosContract, async ({ params, body, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  // An id not in the project's organisation is a 404; one of another project of the organisation is a 422.
  const comparison = await compareProjectScenarios({ organisationId, projectId }, body.scenarioIds);
  return Response.json({ comparison });
});
