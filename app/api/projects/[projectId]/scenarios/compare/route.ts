import { getDb } from "@/db";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import { compareScenariosContract } from "@/lib/http/contracts/scenarios";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { requireProject } from "@/lib/scenario/access";
import { compareScenarios } from "@/lib/scenario/compare";
import { loadEffectiveScenarioFromChain } from "@/lib/scenario/load-effective-scenario";

// POST /api/projects/{projectId}/scenarios/compare – 2–6 scenarios side by side (422 with a rule's code when refused)
export const POST = handle(compareScenariosContract, async ({ params, body, user, authorize }) => {
  const db = await getDb();
  const project = await requireProject(db, user, params.projectId);
  authorize(project.organisationId);
  // Looked up in the project's organisation only: an id of another organisation (or none) is a 404, so the
  // answer never tells whether it exists elsewhere; one of another project of this organisation is a 422.
  const chains = await Promise.all(
    body.scenarioIds.map((scenarioId) => getScenarioChain(db, { organisationId: project.organisationId, scenarioId })),
  );
  const found = chains.flatMap((chain) => (chain ? [chain] : []));
  if (found.length !== chains.length) throw notFound("Scenario");
  const effectives = await Promise.all(found.map((chain) => loadEffectiveScenarioFromChain(db, chain)));
  return Response.json({ comparison: compareScenarios(project.id, effectives) });
});
