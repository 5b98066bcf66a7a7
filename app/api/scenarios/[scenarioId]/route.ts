import { deleteScenarioContract, getScenarioContract, updateScenarioContract } from "@/lib/http/contracts/scenarios";
import { handle } from "@/lib/http/handle";
import { deleteScenario, readScenario, updateScenario } from "@/lib/scenarios";

// GET /api/scenarios/{scenarioId} – the effective scenario (?include=inheritance,rows)
export const GET = handle(getScenarioContract, async ({ params, query, load }) => {
  const { organisationId } = await load("scenario", params.scenarioId);
  const include = { inheritance: query.include.has("inheritance"), rows: query.include.has("rows") };
  const scenario = await readScenario({ organisationId, scenarioId: params.scenarioId }, include);
  return Response.json({ scenario }, { headers: { "Cache-Control": "private, no-store" } });
});

// PATCH /api/scenarios/{scenarioId} – update a scenario read at `version`; null reverts a child's setting
export const PATCH = handle(updateScenarioContract, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const scenario = await updateScenario({ organisationId, userId: user.id, projectId, scenarioId: params.scenarioId }, body);
  return Response.json({ scenario });
});

// DELETE /api/scenarios/{scenarioId} – delete a scenario (?children=delete|reparent when it has children)
export const DELETE = handle(deleteScenarioContract, async ({ params, query, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  await deleteScenario({ organisationId, userId: user.id, projectId, scenarioId: params.scenarioId }, query.children);
  return new Response(null, { status: 204 });
});
