import { getDb } from "@/db";
import { listScenarios } from "@/db/queries/scenarios";
import { createScenario } from "@/db/queries/scenario-writes";
import { createScenarioContract, listScenariosContract } from "@/lib/http/contracts/scenarios";
import { invalidateAfterScenarioWrite } from "@/lib/cache/invalidate-writes";
import { handle } from "@/lib/http/handle";
import { requireProject } from "@/lib/scenario/access";
import { loadEffectiveScenario } from "@/lib/scenario/load-effective-scenario";
import { presentEffectiveScenario } from "@/lib/scenario/present";

// GET /api/projects/{projectId}/scenarios – the project's scenarios (the tree, flat; ?status= filters)
export const GET = handle(listScenariosContract, async ({ params, query, user, authorize }) => {
  const db = await getDb();
  const project = await requireProject(db, user, params.projectId);
  authorize(project.organisationId);
  const items = await listScenarios(db, { organisationId: project.organisationId, projectId: project.id, status: query.status });
  return Response.json({ items }, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/projects/{projectId}/scenarios – create a scenario (a root must be complete)
export const POST = handle(createScenarioContract, async ({ params, body, user, authorize }) => {
  const db = await getDb();
  const project = await requireProject(db, user, params.projectId);
  authorize(project.organisationId);
  const actor = { organisationId: project.organisationId, userId: user.id };
  const scenarioId = await createScenario(db, { actor, project, input: body });
  await invalidateAfterScenarioWrite(db, { organisationId: project.organisationId, scenarioId, projectId: project.id });
  const effective = await loadEffectiveScenario(db, { organisationId: project.organisationId, scenarioId });
  if (!effective) throw new Error(`created scenario ${scenarioId} not found`);
  return Response.json(
    { scenario: presentEffectiveScenario(effective, {}) },
    { status: 201, headers: { Location: `/api/scenarios/${scenarioId}` } },
  );
});
