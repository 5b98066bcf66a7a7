import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readProjectDashboard } from "@/db/queries/dashboards";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectDashboardView } from "@/app/ui/dashboards/project-dashboard-view";

type Params = { params: Promise<{ projectId: string }> };

export const metadata: Metadata = { title: "Project dashboard" };

export default async function ProjectDashboardPage({ params }: Params) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/dashboard`);
  // Scoped by the active organisation, like the project page: another organisation's project is not found.
  const dashboard = await readProjectDashboard({ organisationId: user.activeOrganisation.id, projectId });
  if (!dashboard) notFound();
  const { project } = dashboard;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <Link href={`/projects/${project.id}`}>{project.name}</Link>{" "}
        <span aria-hidden="true">/</span> <span aria-current="page">Dashboard</span>
      </nav>
      <PageHeader
        title={`${project.name}: dashboard`}
        description={`${project.primaryCommodity} · figures in ${project.currency} unless stated`}
        actions={<Link className="button button-secondary" href={`/operations?projectId=${project.id}`}>Operations</Link>}
      />
      <ProjectDashboardView dashboard={dashboard} />
    </>
  );
}
