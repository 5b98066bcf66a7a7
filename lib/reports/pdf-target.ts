import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import type { Owned } from "@/lib/access";
import { notFound } from "@/lib/errors";
import type { ReportKind } from "@/lib/http/contracts/reports";
import { comparisonPath, distributionPath, economicsReportPath, projectSummaryPath } from "./paths";

// Which page a report PDF prints, and the name its file carries. The route has loaded the record the report is
// about (ctx.load: the scenario for a scenario report, the project otherwise) and passes its owner.

export type ReportPdfTarget = { path: string; name: string };

type ScenarioReportKind = Extract<ReportKind, "scenario-distribution" | "scenario-economics">;

const SCENARIO_REPORT_KINDS = new Set<ReportKind>(["scenario-distribution", "scenario-economics"] satisfies ScenarioReportKind[]);

/** A report about one scenario (its `scenarioId` names it); the others are about a project (`projectId`). */
export function isScenarioReport(kind: ReportKind): kind is ScenarioReportKind {
  return SCENARIO_REPORT_KINDS.has(kind);
}

/** The page a report kind prints, with the query it takes; the record's id comes from the route's load. */
export function reportPagePath(kind: ReportKind, id: string, query: { ids?: string; runId?: string }): string {
  switch (kind) {
    case "scenario-distribution":
      return distributionPath(id, query.runId);
    case "scenario-economics":
      return economicsReportPath(id);
    case "project-summary":
      return projectSummaryPath(id);
    case "scenario-comparison":
      return comparisonPath(id, query.ids?.split(",") ?? []);
  }
}

/**
 * @example await reportPdfTarget("project-summary", owned, {}) // { path: "/reports/projects/…", name: "Quebrada Azul" }
 * @throws AppError NOT_FOUND when the record went away since it was loaded
 */
export async function reportPdfTarget(kind: ReportKind, owned: Owned, query: { ids?: string; runId?: string }): Promise<ReportPdfTarget> {
  const db = await getDb();
  if (isScenarioReport(kind)) {
    const scenarioId = owned.scenarioId ?? "";
    const chain = await getScenarioChain(db, { organisationId: owned.organisationId, scenarioId });
    if (!chain) throw notFound("Scenario");
    return { path: reportPagePath(kind, scenarioId, query), name: chain.scenario.name };
  }
  const project = await getProject(db, { organisationId: owned.organisationId, projectId: owned.projectId });
  if (!project) throw notFound("Project");
  return { path: reportPagePath(kind, project.id, query), name: project.name };
}
