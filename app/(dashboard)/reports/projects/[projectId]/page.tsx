import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectSummaryView } from "@/app/ui/reports/project-summary-view";
import { ReportFrame } from "@/app/ui/reports/report-frame";
import { loadOwnedForPage } from "@/lib/access/page";
import { paperOf, pdfHref, projectSummaryPath } from "@/lib/reports/paths";
import type { ReportCover } from "@/lib/reports/cover";
import { loadProjectSummary, type ProjectSummaryReport } from "@/lib/reports/project-summary";

export const metadata: Metadata = { title: "Project summary report" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ paper?: string }> };

/** The project's currency and default rate, the base case's conventions, and a manifest hash per scenario's run. */
function projectSummaryCover(report: ProjectSummaryReport, author: string): ReportCover {
  const { project, scenarios } = report;
  const baseCase = scenarios.find((s) => s.isBaseCase) ?? scenarios[0];
  const conventions = baseCase ? baseCase.conventions.map((fact) => ({ label: `${fact.label} (base case)`, value: fact.value })) : [{ label: "Currency", value: project.currency }];
  const manifestHashes = scenarios.flatMap((s) => (s.monteCarlo ? [{ label: s.name, value: s.monteCarlo.inputHash }] : []));
  return { project: project.name, author, reportDate: report.generatedAt, conventions, manifestHashes };
}

export default async function ProjectSummaryReportPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const { paper } = await searchParams;
  const { user, owned } = await loadOwnedForPage("project", projectId, projectSummaryPath(projectId));
  const report = await loadProjectSummary({ organisationId: owned.organisationId, projectId });
  if (!report) notFound();
  return (
    <ReportFrame
      title={`${report.project.name}: project summary`}
      subtitle="Deterministic metrics and Monte Carlo percentiles of every scenario"
      cover={projectSummaryCover(report, user.name)}
      pdfHref={pdfHref("project-summary", { projectId })}
      paper={paperOf(paper)}
    >
      <ProjectSummaryView report={report} />
    </ReportFrame>
  );
}
