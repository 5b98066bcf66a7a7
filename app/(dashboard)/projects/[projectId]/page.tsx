import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { listScenarios } from "@/db/queries/scenarios";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectActions } from "@/app/ui/projects/project-actions";
import { ProjectDetails } from "@/app/ui/projects/project-details";
import { ScenarioTree } from "@/app/ui/scenarios/scenario-tree";
import { buildScenarioTree } from "@/app/ui/scenarios/tree";

type Params = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}`);
  const project = await getProject(await getDb(), { organisationId: user.activeOrganisation.id, projectId });
  return { title: project?.name ?? "Project not found" };
}

export default async function ProjectPage({ params }: Params) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}`);
  const organisationId = user.activeOrganisation.id;
  const db = await getDb();
  const project = await getProject(db, { organisationId, projectId });
  if (!project) notFound();
  const scenarios = await listScenarios(db, { organisationId, projectId: project.id });
  const canManage = hasRole(user.activeOrganisation.role, "project_manager");
  const newScenarioHref = `/projects/${project.id}/scenarios/new`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <span aria-current="page">{project.name}</span>
      </nav>
      <PageHeader
        title={project.name}
        description={`${project.location ?? "No location set"} · ${project.currency}`}
        actions={canManage ? <ProjectActions projectId={project.id} projectName={project.name} scenarioCount={project.scenarioCount} /> : undefined}
      />
      <div className="stack">
        <ProjectDetails project={project} />
        <section className="panel" aria-labelledby="scenarios-heading">
          <div className="panel-header">
            <h2 id="scenarios-heading">Scenarios</h2>
            {canManage && scenarios.length > 0 ? (
              <Link href={newScenarioHref} className="button button-secondary button-small">
                New root scenario
              </Link>
            ) : null}
          </div>
          {scenarios.length > 0 ? (
            <ScenarioTree projectId={project.id} projectName={project.name} roots={buildScenarioTree(scenarios)} canManage={canManage} />
          ) : (
            <EmptyState title="No scenarios yet" headingLevel={3}>
              <p>
                {canManage
                  ? "Start with the base scenario: its timeline and economic terms. You can branch what-if scenarios from it afterwards."
                  : "A project manager has not created the base scenario of this project yet."}
              </p>
              {canManage ? (
                <Link href={`${newScenarioHref}?base=1`} className="button button-primary">
                  Create the base scenario
                </Link>
              ) : null}
            </EmptyState>
          )}
        </section>
      </div>
    </>
  );
}
