import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listProjects } from "@/db/queries/projects";
import { listScenarios } from "@/db/queries/scenarios";
import { requireUser } from "@/lib/auth/session";
import { comparisonPath, distributionPath, pdfHref, projectSummaryPath } from "@/lib/reports/paths";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const user = await requireUser("/reports");
  const db = await getDb();
  const organisationId = user.activeOrganisation.id;
  const projects = await listProjects(db, { organisationId });
  const scenariosByProject = await Promise.all(projects.map((project) => listScenarios(db, { organisationId, projectId: project.id })));
  return (
    <>
      <PageHeader title="Reports" description="Printable project summaries, scenario comparisons and risk distributions, each also as a PDF (A4 or Letter)." />
      {projects.length === 0 ? (
        <EmptyState title="No projects yet">
          <p>Reports appear here once the organisation has a project.</p>
        </EmptyState>
      ) : (
        <div className="stack report-list">
          {projects.map((project, index) => {
            const scenarios = scenariosByProject[index] ?? [];
            return (
              <section key={project.id} className="panel" aria-labelledby={`report-project-${project.id}`}>
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
                      <Link href={distributionPath(scenario.id)}>Risk distribution: {scenario.name}</Link>
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
