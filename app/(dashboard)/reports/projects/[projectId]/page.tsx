import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectSummaryView } from "@/app/ui/reports/project-summary-view";
import { ReportFrame } from "@/app/ui/reports/report-frame";
import { loadOwnedForPage } from "@/lib/access/page";
import { paperOf, pdfHref, projectSummaryPath } from "@/lib/reports/paths";
import { loadProjectSummary } from "@/lib/reports/project-summary";

export const metadata: Metadata = { title: "Project summary report" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ paper?: string }> };

export default async function ProjectSummaryReportPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const { paper } = await searchParams;
  const { owned } = await loadOwnedForPage("project", projectId, projectSummaryPath(projectId));
  const report = await loadProjectSummary({ organisationId: owned.organisationId, projectId });
  if (!report) notFound();
  return (
    <ReportFrame
      title={`${report.project.name}: project summary`}
      subtitle="Deterministic metrics and Monte Carlo percentiles of every scenario"
      generatedAt={report.generatedAt}
      pdfHref={pdfHref("project-summary", { projectId })}
      paper={paperOf(paper)}
    >
      <ProjectSummaryView report={report} />
    </ReportFrame>
  );
}
