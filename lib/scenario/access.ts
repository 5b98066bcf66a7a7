import type { DbOrTx } from "@/db";
import { findProjectOrganisation, getProject, type ProjectDetail } from "@/db/queries/projects";
import { getScenarioChain, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { findScenarioOrganisation } from "@/db/queries/scenarios";
import type { CurrentUser } from "@/lib/auth/types";
import { notFound } from "@/lib/errors";

// Route-side loading "scoped by organisation": the resource is looked up among the organisations the caller
// belongs to (a user may have several), so another organisation's id is a 404 exactly like a missing one.
// The handler then calls authorize(organisationId) for the role (403).

function organisationIdsOf(user: CurrentUser): string[] {
  return user.memberships.map((m) => m.organisationId);
}

/** @throws AppError NOT_FOUND when the project is in none of the caller's organisations */
export async function requireProject(db: DbOrTx, user: CurrentUser, projectId: string): Promise<ProjectDetail & { organisationId: string }> {
  const organisationId = await findProjectOrganisation(db, { organisationIds: organisationIdsOf(user), projectId });
  const project = organisationId ? await getProject(db, { organisationId, projectId }) : undefined;
  if (!organisationId || !project) throw notFound("Project");
  return { ...project, organisationId };
}

/** @throws AppError NOT_FOUND when the scenario is in none of the caller's organisations */
export async function requireScenarioChain(db: DbOrTx, user: CurrentUser, scenarioId: string): Promise<ScenarioChain> {
  const organisationId = await findScenarioOrganisation(db, { organisationIds: organisationIdsOf(user), scenarioId });
  const chain = organisationId ? await getScenarioChain(db, { organisationId, scenarioId }) : undefined;
  if (!chain) throw notFound("Scenario");
  return chain;
}
