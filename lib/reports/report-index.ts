import { getDb } from "@/db";
import { listProjects } from "@/db/queries/projects";
import { listScenarios } from "@/db/queries/scenarios";

// The reports page's index: every project of the organisation with its scenarios (each has a risk distribution).

export type ReportIndexEntry = { project: { id: string; name: string }; scenarios: { id: string; name: string }[] };

/** The organisation's projects by name, each with its scenarios (oldest first). */
export async function listReportIndex({ organisationId }: { organisationId: string }): Promise<ReportIndexEntry[]> {
  const db = await getDb();
  const projects = await listProjects(db, { organisationId });
  const scenariosByProject = await Promise.all(projects.map((project) => listScenarios(db, { organisationId, projectId: project.id })));
  return projects.map((project, index) => ({
    project: { id: project.id, name: project.name },
    scenarios: (scenariosByProject[index] ?? []).map((scenario) => ({ id: scenario.id, name: scenario.name })),
  }));
}
