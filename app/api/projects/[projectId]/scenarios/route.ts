import { createScenarioContract, listScenariosContract } from "@/lib/http/contracts/scenarios";
import { handle } from "@/lib/http/handle";
import { createScenario, listScenarios } from "@/lib/scenarios";

// GET /api/projects/{projectId}/scenarios – the project's scenarios (the tree, flat; ?status= filters)
export const GET = handle(listScenariosContract, async ({ params, query, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  const items = await listScenarios({ organisationId, projectId, status: query.status });
  return Response.json({ items }, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/projects/{projectId}/scenarios – create a scenario (a root must be complete)
export const POST = handle(createScenarioContract, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  const scenario = await createScenario({ organisationId, userId: user.id, projectId }, body);
  return Response.json({ scenario }, { status: 201, headers: { Location: `/api/scenarios/${scenario.id}` } });
});
