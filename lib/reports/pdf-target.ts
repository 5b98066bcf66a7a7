import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import type { Owned } from "@/lib/access";
import { notFound } from "@/lib/errors";
import type { ReportKind } from "@/lib/http/contracts/reports";
import { comparisonPath, distributionPath, projectSummaryPath } from "./paths";

// Which page a report PDF prints, and the name its file carries. The route has loaded the record the report is
// about (ctx.load: the scenario for a distribution, the project otherwise) and passes its owner.

export type ReportPdfTarget = { path: string; name: string };

/**
 * @example await reportPdfTarget("project-summary", owned, {}) // { path: "/reports/projects/…", name: "Quebrada Azul" }
 * @throws AppError NOT_FOUND when the record went away since it was loaded
 */
export async function reportPdfTarget(kind: ReportKind, owned: Owned, query: { ids?: string; runId?: string }): Promise<ReportPdfTarget> {
  const db = await getDb();
  if (kind === "scenario-distribution") {
    const scenarioId = owned.scenarioId ?? "";
    const chain = await getScenarioChain(db, { organisationId: owned.organisationId, scenarioId });
    if (!chain) throw notFound("Scenario");
    return { path: distributionPath(scenarioId, query.runId), name: chain.scenario.name };
  }
  const project = await getProject(db, { organisationId: owned.organisationId, projectId: owned.projectId });
  if (!project) throw notFound("Project");
  const path = kind === "project-summary" ? projectSummaryPath(project.id) : comparisonPath(project.id, query.ids?.split(",") ?? []);
  return { path, name: project.name };
}
