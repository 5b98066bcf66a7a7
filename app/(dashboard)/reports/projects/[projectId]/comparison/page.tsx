import type { Metadata } from "next";
import { ComparisonView } from "@/app/ui/reports/comparison-view";
import { ReportFrame } from "@/app/ui/reports/report-frame";
import { loadComparisonReport, parseIds } from "@/lib/reports/comparison";
import { comparisonPath, paperOf, pdfHref } from "@/lib/reports/paths";
import { loadReportProject } from "../../../report-access";

export const metadata: Metadata = { title: "Scenario comparison report" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ ids?: string | string[]; paper?: string }> };

export default async function ComparisonReportPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = await searchParams;
  const ids = parseIds(query.ids);
  const { db, project } = await loadReportProject(projectId, comparisonPath(projectId, ids));
  const outcome = await loadComparisonReport(db, { organisationId: project.organisationId, projectId, scenarioIds: ids });
  return (
    <ReportFrame
      title={`${project.name}: scenario comparison`}
      subtitle="Effective inputs and deterministic metrics side by side"
      generatedAt={new Date().toISOString()}
      pdfHref={pdfHref("scenario-comparison", { projectId, ids: ids.join(",") || undefined })}
      paper={paperOf(query.paper)}
    >
      {outcome.kind === "compared" ? (
        <ComparisonView comparison={outcome.comparison} projectId={projectId} />
      ) : (
        <p className="alert alert-error">These scenarios cannot be compared: {outcome.message}</p>
      )}
    </ReportFrame>
  );
}
