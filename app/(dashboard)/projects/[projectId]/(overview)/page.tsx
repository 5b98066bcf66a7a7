import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { loadOwnedForPage } from "@/lib/access/page";
import { findProject, getProjectView } from "@/lib/projects";
import { readCachedMetrics } from "@/lib/scenarios";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectActions } from "@/app/ui/projects/project-actions";
import { ProjectDetails } from "@/app/ui/projects/project-details";
import { ScenarioTree } from "@/app/ui/scenarios/scenario-tree";
import { buildScenarioTree } from "@/app/ui/scenarios/tree";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

type Params = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId } = await params;
  const { owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}`);
  const project = await findProject(owned);
  return { title: project?.name ?? "Project not found" };
}

export default async function ProjectPage({ params }: Params) {
  const { projectId } = await params;
  const { owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}`);
  const view = await getProjectView(owned);
  if (!view) notFound();
  const { project, scenarios } = view;
  const canManage = hasRole(owned.membership.role, "project_manager");
  // Only what is cached: the tree never computes a cash flow per scenario on page load.
  const metrics = await readCachedMetrics({ organisationId: owned.organisationId, projectId: project.id }, scenarios.map((scenario) => scenario.id));
  const newScenarioHref = `/projects/${project.id}/scenarios/new`;
  const quickStartHref = `/projects/${project.id}/scenarios/quick-start`;
  return (
    <>
      <nav aria-label="Breadcrumb" className={layout.breadcrumb}>
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <span aria-current="page">{project.name}</span>
      </nav>
      <PageHeader
        title={project.name}
        description={`${project.location ?? "No location set"} · ${project.currency}`}
        actions={canManage ? <ProjectActions projectId={project.id} projectName={project.name} scenarioCount={project.scenarioCount} /> : undefined}
      />
      <div className={layout.stack}>
        <ProjectDetails project={project} />
        <section className={layout.panel} aria-labelledby="scenarios-heading">
          <div className={layout.panelHeader}>
            <h2 id="scenarios-heading">Scenarios</h2>
            <div className={layout.toolbarActions}>
              {scenarios.length > 0 ? (
                <Link href={`/projects/${project.id}/deck-matrix`} className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}>
                  Price deck matrix
                </Link>
              ) : null}
              {canManage && scenarios.length > 0 ? (
                <>
                  <Link href={quickStartHref} className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}>
                    Quick start
                  </Link>
                  <Link href={newScenarioHref} className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}>
                    New root scenario
                  </Link>
                </>
              ) : null}
            </div>
          </div>
          {scenarios.length > 0 ? (
            <ScenarioTree projectId={project.id} projectName={project.name} roots={buildScenarioTree(scenarios, metrics)} canManage={canManage} />
          ) : (
            <EmptyState title="No scenarios yet" headingLevel={3}>
              <p>
                {canManage
                  ? "Start with the base scenario: its timeline and economic terms. You can branch what-if scenarios from it afterwards."
                  : "A project manager has not created the base scenario of this project yet."}
              </p>
              {canManage ? (
                <div className={layout.toolbarActions}>
                  <Link href={`${newScenarioHref}?base=1`} className={`${buttons.button} ${buttons.primary}`}>
                    Create the base scenario
                  </Link>
                  <Link href={quickStartHref} className={`${buttons.button} ${buttons.secondary}`}>
                    Quick start from a few figures
                  </Link>
                </div>
              ) : null}
            </EmptyState>
          )}
        </section>
      </div>
    </>
  );
}
