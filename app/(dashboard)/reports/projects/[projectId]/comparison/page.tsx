import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/app/ui/reports/comparison-view";
import { ReportFrame } from "@/app/ui/reports/report-frame";
import { loadOwnedForPage } from "@/lib/access/page";
import { loadComparisonReport, parseIds } from "@/lib/reports/comparison";
import { comparisonPath, paperOf, pdfHref } from "@/lib/reports/paths";
import alerts from "@/app/ui/common/alert.module.css";

export const metadata: Metadata = { title: "Scenario comparison report" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ ids?: string | string[]; paper?: string }> };

export default async function ComparisonReportPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = await searchParams;
  const ids = parseIds(query.ids);
  const { user, owned } = await loadOwnedForPage("project", projectId, comparisonPath(projectId, ids));
  const report = await loadComparisonReport({ organisationId: owned.organisationId, projectId, scenarioIds: ids });
  if (!report) notFound();
  const { projectName, outcome } = report;
  return (
    <ReportFrame
      title={`${projectName}: scenario comparison`}
      subtitle="Effective inputs and deterministic metrics side by side"
      cover={{ project: projectName, author: user.name, reportDate: new Date().toISOString(), conventions: report.conventions, manifestHashes: [] }}
      pdfHref={pdfHref("scenario-comparison", { projectId, ids: ids.join(",") || undefined })}
      paper={paperOf(query.paper)}
    >
      {outcome.kind === "compared" ? (
        <ComparisonView comparison={outcome.comparison} projectId={projectId} />
      ) : (
        <p className={`${alerts.alert} ${alerts.error}`}>These scenarios cannot be compared: {outcome.message}</p>
      )}
    </ReportFrame>
  );
}
