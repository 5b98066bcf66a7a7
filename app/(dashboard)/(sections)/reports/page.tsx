import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { comparisonPath, distributionPath, economicsReportPath, pdfHref, projectSummaryPath } from "@/lib/reports/paths";
import { listReportIndex } from "@/lib/reports/report-index";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import layout from "@/app/ui/common/layout.module.css";
import reportStyles from "@/app/ui/reports/reports.module.css";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const user = await requireUser("/reports");
  const entries = await listReportIndex({ organisationId: user.activeOrganisation.id });
  return (
    <>
      <PageHeader title="Reports" description="Printable project summaries, scenario comparisons, risk distributions and scenario economics, each also as a PDF (A4 or Letter)." />
      {entries.length === 0 ? (
        <EmptyState title="No projects yet">
          <p>Reports appear here once the organisation has a project.</p>
        </EmptyState>
      ) : (
        <div className={`${layout.stack} ${reportStyles.list}`}>
          {entries.map(({ project, scenarios }) => {
            return (
              <section key={project.id} className={layout.panel} aria-labelledby={`report-project-${project.id}`}>
                <h2 id={`report-project-${project.id}`}>{project.name}</h2>
                <ul>
                  <li>
                    <Link href={projectSummaryPath(project.id)}>Project summary</Link> ·{" "}
                    <a href={pdfHref("project-summary", { projectId: project.id, paper: "a4" })} download>
                      PDF
                    </a>
                  </li>
                  <li>
                    <Link href={comparisonPath(project.id)}>Scenario comparison</Link> (scenarios not archived, at most six)
                  </li>
                  {scenarios.map((scenario) => (
                    <li key={scenario.id}>
                      <Link href={distributionPath(scenario.id)}>Risk distribution: {scenario.name}</Link> ·{" "}
                      <Link href={economicsReportPath(scenario.id)} aria-label={`Economics: ${scenario.name}`}>
                        Economics
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
