import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeyAssumptionsSection } from "@/app/ui/reports/key-assumptions-section";
import { EconomicsReportView } from "@/app/ui/reports/economics-report-view";
import { ReportFrame } from "@/app/ui/reports/report-frame";
import reportStyles from "@/app/ui/reports/reports.module.css";
import { PlausibilityNotice } from "@/app/ui/scenario-editor/plausibility-notice";
import { ModelProblems } from "@/app/ui/scenario-editor/results/model-problems";
import { loadOwnedForPage } from "@/lib/access/page";
import { economicsReportPath, paperOf, pdfHref } from "@/lib/reports/paths";
import { loadEconomicsReport } from "@/lib/reports/scenario-economics";

export const metadata: Metadata = { title: "Scenario economics report" };

type Props = { params: Promise<{ scenarioId: string }>; searchParams: Promise<{ paper?: string }> };

// Computed on every request from the effective inputs, as the scenario's Economics tab is, so the printed figures
// are never older than the inputs. Another organisation's or an unknown scenario is a 404 page.
export default async function EconomicsReportPage({ params, searchParams }: Props) {
  const { scenarioId } = await params;
  const { paper } = await searchParams;
  const { user, owned } = await loadOwnedForPage("scenario", scenarioId, economicsReportPath(scenarioId));
  const report = await loadEconomicsReport({ organisationId: owned.organisationId, scenarioId });
  if (!report) notFound();
  const { economics, project, scenario } = report;
  return (
    <ReportFrame
      title={`${scenario.name}: economics`}
      subtitle={`${project.name} · economic summary, annual cash flow and sensitivities`}
      cover={{ project: project.name, scenario: scenario.name, author: user.name, reportDate: report.generatedAt, conventions: report.conventions, manifestHashes: [] }}
      pdfHref={pdfHref("scenario-economics", { scenarioId })}
      paper={paperOf(paper)}
    >
      <PlausibilityNotice warnings={report.plausibility} className={reportStyles.section} />
      <KeyAssumptionsSection assumptions={report.assumptions} />
      {economics.ok ? (
        <EconomicsReportView economics={economics.economics} />
      ) : (
        <ModelProblems message={economics.message} problems={economics.problems} inputsHref={`/projects/${project.id}/scenarios/${scenario.id}`} />
      )}
    </ReportFrame>
  );
}
