import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DistributionView } from "@/app/ui/reports/distribution-view";
import { ReportFrame } from "@/app/ui/reports/report-frame";
import { loadOwnedForPage } from "@/lib/access/page";
import { distributionPath, paperOf, pdfHref } from "@/lib/reports/paths";
import { loadDistributionReport } from "@/lib/reports/scenario-distribution";

export const metadata: Metadata = { title: "Scenario distribution report" };

type Props = { params: Promise<{ scenarioId: string }>; searchParams: Promise<{ run?: string; paper?: string }> };

const UUID = /^[0-9a-f-]{36}$/i;

export default async function DistributionReportPage({ params, searchParams }: Props) {
  const { scenarioId } = await params;
  const query = await searchParams;
  const runId = query.run && UUID.test(query.run) ? query.run : undefined;
  const { user, owned } = await loadOwnedForPage("scenario", scenarioId, distributionPath(scenarioId, runId));
  const report = await loadDistributionReport({ organisationId: owned.organisationId, scenarioId, runId });
  if (!report) notFound();
  return (
    <ReportFrame
      title={`${report.effective.scenario.name}: risk distribution`}
      subtitle={`${report.effective.project.name} · inputs, cash flow and Monte Carlo distribution`}
      cover={{
        project: report.effective.project.name,
        scenario: report.effective.scenario.name,
        author: user.name,
        reportDate: report.generatedAt,
        conventions: report.conventions,
        manifestHashes: report.results ? [{ label: `run ${report.results.run.id.slice(0, 8)}`, value: report.results.run.inputHash }] : [],
      }}
      pdfHref={pdfHref("scenario-distribution", { scenarioId, runId })}
      paper={paperOf(query.paper)}
    >
      <DistributionView report={report} />
    </ReportFrame>
  );
}
