import { getDb } from "@/db";
import {
  getProject as selectProject,
  listProjects as selectProjects,
  listProjectsPage as selectProjectsPage,
  type ProjectDetail,
  type ProjectListQuery,
  type ProjectPage,
  type ProjectSummary,
} from "@/db/queries/projects";
import { notFound } from "@/lib/errors";
import { listScenarios, type ScenarioListItem } from "@/lib/scenarios/read";

// Reading projects. Every function is scoped by the organisation the caller acts in: the active one for lists,
// the project's owner (lib/access) for one project.

export type { ProjectDetail, ProjectListQuery, ProjectPage, ProjectSummary };

export type ProjectScope = { organisationId: string; projectId: string };

/** The organisation's projects, by name, with their scenario counts. */
export async function listProjects({ organisationId }: { organisationId: string }): Promise<ProjectSummary[]> {
  return selectProjects(await getDb(), { organisationId });
}

/** One page of the organisation's projects: searched, sorted, with the total. */
export async function listProjectsPage({ organisationId, query }: { organisationId: string; query: ProjectListQuery }): Promise<ProjectPage> {
  return selectProjectsPage(await getDb(), { organisationId, query });
}

/** The project, or undefined when it is not in the organisation (pages answer with Next's not-found page). */
export async function findProject(scope: ProjectScope): Promise<ProjectDetail | undefined> {
  return selectProject(await getDb(), scope);
}

/** @throws AppError NOT_FOUND when the project is not in the organisation (it was deleted after the guard) */
export async function getProject(scope: ProjectScope): Promise<ProjectDetail> {
  const project = await findProject(scope);
  if (!project) throw notFound("Project");
  return project;
}

/** What the project page shows: the project and its scenario tree (flat; parentScenarioId links it). */
export type ProjectView = { project: ProjectDetail; scenarios: ScenarioListItem[] };

/** @returns undefined when the project is not in the organisation */
export async function getProjectView(scope: ProjectScope): Promise<ProjectView | undefined> {
  const db = await getDb();
  const [project, scenarios] = await Promise.all([selectProject(db, scope), listScenarios(scope)]);
  return project ? { project, scenarios } : undefined;
}
