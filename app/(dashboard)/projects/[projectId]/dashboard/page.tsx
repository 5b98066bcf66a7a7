import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadOwnedForPage } from "@/lib/access/page";
import { readProjectDashboard } from "@/lib/dashboards/project";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectDashboardView } from "@/app/ui/dashboards/project-dashboard-view";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

type Params = { params: Promise<{ projectId: string }> };

export const metadata: Metadata = { title: "Project dashboard" };

export default async function ProjectDashboardPage({ params }: Params) {
  const { projectId } = await params;
  const { user, owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}/dashboard`, "viewer", { isRemembered: true });
  // Scoped by the active organisation, like the project page: another organisation's project is not found.
  if (owned.organisationId !== user.activeOrganisation.id) notFound();
  const dashboard = await readProjectDashboard({ organisationId: owned.organisationId, projectId });
  if (!dashboard) notFound();
  const { project } = dashboard;
  return (
    <>
      <nav aria-label="Breadcrumb" className={layout.breadcrumb}>
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <Link href={`/projects/${project.id}`}>{project.name}</Link>{" "}
        <span aria-hidden="true">/</span> <span aria-current="page">Dashboard</span>
      </nav>
      <PageHeader
        title={`${project.name}: dashboard`}
        description={`${project.primaryCommodity} · figures in ${project.currency} unless stated`}
        actions={<Link className={`${buttons.button} ${buttons.secondary}`} href={`/operations?projectId=${project.id}`}>Operations</Link>}
      />
      <ProjectDashboardView dashboard={dashboard} />
    </>
  );
}
