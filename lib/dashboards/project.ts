import { getDb, type DbOrTx } from "@/db";
import { findDashboardProject, listScenarioNpvs } from "@/db/queries/dashboards/project";
import { isAppError, notFound } from "@/lib/errors";
import type { ProjectDashboard } from "@/lib/http/contracts/dashboards";
import { getBaseCaseFigures } from "./base-case";
import { projectDashboardKey, rememberDashboardJson } from "./cache-keys";
import { toNpvSummary } from "./npv-summary";

// A project's dashboard: each scenario's NPV distribution from its latest succeeded run, and the base case's
// capex by category, opex per period and cash flow.

type ProjectScope = { organisationId: string; projectId: string };

/**
 * The dashboard read from the database (uncached).
 * @returns undefined when the project is not in the organisation
 */
export async function loadProjectDashboard(db: DbOrTx, scope: ProjectScope): Promise<ProjectDashboard | undefined> {
  const [project, scenarios] = await Promise.all([findDashboardProject(db, scope), listScenarioNpvs(db, scope)]);
  if (!project) return undefined;
  const base = scenarios.find((scenario) => scenario.isBaseCase);
  const baseCase = base ? await getBaseCaseFigures(db, { organisationId: scope.organisationId, projectId: project.id, scenarioId: base.id }) : null;
  return {
    project,
    scenarios: scenarios.map((scenario) => ({ ...scenario, npv: toNpvSummary(scenario.npv) })),
    baseCase,
    generatedAt: new Date().toISOString(),
  };
}

/**
 * The dashboard as cached JSON text (what the API answers as is). The caller has checked that the caller may see
 * the project (its owner may be remembered, lib/access): a project deleted since is found missing here.
 * @throws AppError NOT_FOUND when the project is not in the organisation (nothing is cached then)
 */
export async function readProjectDashboardJson(scope: ProjectScope): Promise<string> {
  return rememberDashboardJson(projectDashboardKey(scope.organisationId, scope.projectId), async () => {
    const dashboard = await loadProjectDashboard(await getDb(), scope);
    if (!dashboard) throw notFound("Project");
    return dashboard;
  });
}

/** As readProjectDashboardJson, parsed (for pages); undefined when the project is not in the organisation. */
export async function readProjectDashboard(scope: ProjectScope): Promise<ProjectDashboard | undefined> {
  try {
    return JSON.parse(await readProjectDashboardJson(scope)) as ProjectDashboard;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}
