import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { readProjectDashboardForPage } from "@/lib/dashboards/pages";
import type { PROJECT_DASHBOARD_EXPORT_PARTS } from "@/lib/http/contracts/exports";
import { DownloadLinks, exportLinks } from "@/app/ui/common/download-links";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectDashboardView } from "@/app/ui/dashboards/project-dashboard-view";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

type Params = { params: Promise<{ projectId: string }> };

export const metadata: Metadata = { title: "Project dashboard" };

const PROJECT_PARTS = [
  { part: "scenarios", label: "NPV by scenario" },
  { part: "base-case", label: "Base-case metrics" },
  { part: "cash-flow", label: "Base-case cash flow" },
  { part: "opex", label: "Base-case opex" },
  { part: "capex", label: "Base-case capex" },
] satisfies { part: (typeof PROJECT_DASHBOARD_EXPORT_PARTS)[number]; label: string }[];

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
      <DownloadLinks id="project-dashboard-export" title="Export the dashboard's data" links={exportLinks(`/api/dashboards/projects/${project.id}/export`, PROJECT_PARTS)} />
      <ProjectDashboardView dashboard={dashboard} />
    </>
  );
}
