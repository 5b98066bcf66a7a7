import { getDb } from "@/db";
import { branchScenario } from "@/db/queries/scenario-writes";
import { branchScenarioContract } from "@/lib/http/contracts/scenarios";
import { AppError } from "@/lib/errors";
import { invalidateAfterScenarioWrite } from "@/lib/cache/invalidate-writes";
import { handle } from "@/lib/http/handle";
import { MAX_SCENARIO_DEPTH } from "@/db/queries/scenario-inheritance";
import { requireScenarioChain } from "@/lib/scenario/access";
import { loadEffectiveScenario } from "@/lib/scenario/load-effective-scenario";
import { presentEffectiveScenario } from "@/lib/scenario/present";

// POST /api/scenarios/{scenarioId}/branch – create a child that inherits everything (201, the effective child)
export const POST = handle(branchScenarioContract, async ({ params, body, user, authorize }) => {
  const db = await getDb();
  const chain = await requireScenarioChain(db, user, params.scenarioId);
  authorize(chain.organisationId);
  if (chain.scenarios.length >= MAX_SCENARIO_DEPTH) {
    throw new AppError("SCENARIO_TOO_DEEP", `Scenarios nest at most ${MAX_SCENARIO_DEPTH} levels`, { status: 422 });
  }
  const actor = { organisationId: chain.organisationId, userId: user.id };
  const childId = await branchScenario(db, { actor, parent: chain.scenario, name: body.name, description: body.description });
  await invalidateAfterScenarioWrite(db, { organisationId: chain.organisationId, scenarioId: childId, projectId: chain.projectId });
  const child = await loadEffectiveScenario(db, { organisationId: chain.organisationId, scenarioId: childId });
  if (!child) throw new Error(`branched scenario ${childId} not found`);
  return Response.json(
    { scenario: presentEffectiveScenario(child, { inheritance: true }) },
    { status: 201, headers: { Location: `/api/scenarios/${childId}` } },
  );
});
