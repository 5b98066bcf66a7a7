import { getDb } from "@/db";
import { deleteScenario } from "@/db/queries/scenario-delete";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import { updateScenario } from "@/db/queries/scenario-writes";
import { deleteScenarioContract, getScenarioContract, updateScenarioContract } from "@/lib/http/contracts/scenarios";
import { invalidateAfterScenarioWrite } from "@/lib/cache/invalidate-writes";
import { handle } from "@/lib/http/handle";
import { requireScenarioChain } from "@/lib/scenario/access";
import { loadEffectiveScenarioFromChain } from "@/lib/scenario/load-effective-scenario";
import { presentEffectiveScenario, presentScenarioChain } from "@/lib/scenario/present";

// GET /api/scenarios/{scenarioId} – the effective scenario (?include=inheritance,rows)
export const GET = handle(getScenarioContract, async ({ params, query, user, authorize }) => {
  const db = await getDb();
  const chain = await requireScenarioChain(db, user, params.scenarioId);
  authorize(chain.organisationId);
  const include = { inheritance: query.include.has("inheritance"), rows: query.include.has("rows") };
  const scenario =
    include.inheritance || include.rows
      ? presentEffectiveScenario(await loadEffectiveScenarioFromChain(db, chain), include)
      : presentScenarioChain(chain);
  return Response.json({ scenario }, { headers: { "Cache-Control": "private, no-store" } });
});

// PATCH /api/scenarios/{scenarioId} – update a scenario read at `version`; null reverts a child's setting
export const PATCH = handle(updateScenarioContract, async ({ params, body, user, authorize }) => {
  const db = await getDb();
  const chain = await requireScenarioChain(db, user, params.scenarioId);
  authorize(chain.organisationId);
  await updateScenario(db, { actor: { organisationId: chain.organisationId, userId: user.id }, chain, input: body });
  await invalidateAfterScenarioWrite(db, { organisationId: chain.organisationId, scenarioId: params.scenarioId, projectId: chain.projectId });
  const updated = await getScenarioChain(db, { organisationId: chain.organisationId, scenarioId: params.scenarioId });
  return Response.json({ scenario: updated ? presentScenarioChain(updated) : null });
});

// DELETE /api/scenarios/{scenarioId} – delete a scenario (?children=delete|reparent when it has children)
export const DELETE = handle(deleteScenarioContract, async ({ params, query, user, authorize }) => {
  const db = await getDb();
  const chain = await requireScenarioChain(db, user, params.scenarioId);
  authorize(chain.organisationId);
  await deleteScenario(db, { actor: { organisationId: chain.organisationId, userId: user.id }, chain, children: query.children });
  await invalidateAfterScenarioWrite(db, { organisationId: chain.organisationId, scenarioId: params.scenarioId, projectId: chain.projectId });
  return new Response(null, { status: 204 });
});
