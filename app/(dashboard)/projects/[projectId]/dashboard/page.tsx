import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { readProjectDashboardForPage } from "@/lib/dashboards/pages";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectDashboardView } from "@/app/ui/dashboards/project-dashboard-view";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

type Params = { params: Promise<{ projectId: string }> };

export const metadata: Metadata = { title: "Project dashboard" };

export default async function ProjectDashboardPage({ params }: Params) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${encodeURIComponent(projectId)}/dashboard`);
  // A malformed id, a missing project and another organisation's (even one the user belongs to, but not the active
  // one, like the project page) are all the same not-found page.
  const dashboard = await readProjectDashboardForPage(user, projectId);
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
