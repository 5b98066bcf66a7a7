import type { Metadata } from "next";
import { readOrganisationOverview } from "@/lib/dashboards/overview";
import { listProjects } from "@/lib/projects";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import type { OVERVIEW_EXPORT_PARTS } from "@/lib/http/contracts/exports";
import { DownloadLinks, exportLinks } from "@/app/ui/common/download-links";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { OverviewSection } from "@/app/ui/dashboards/overview-section";
import { ProjectCards } from "@/app/ui/projects/project-cards";
import layout from "@/app/ui/common/layout.module.css";

export const metadata: Metadata = { title: "Dashboard" };

const OVERVIEW_PARTS = [
  { part: "projects", label: "Base-case NPV by project" },
  { part: "counts", label: "Counts" },
  { part: "activity", label: "Recent activity" },
] satisfies { part: (typeof OVERVIEW_EXPORT_PARTS)[number]; label: string }[];

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const organisation = user.activeOrganisation;
  const [projects, overview] = await Promise.all([
    listProjects({ organisationId: organisation.id }),
    readOrganisationOverview({ organisationId: organisation.id }),
  ]);
  const canCreateProjects = hasRole(organisation.role, "project_manager");
  return (
    <>
      <PageHeader title="Dashboard" description={`Projects, scenarios and simulation runs of ${organisation.name}`} />
      <OverviewSection overview={overview} />
      <DownloadLinks id="overview-export" title="Export the overview" links={exportLinks("/api/dashboards/overview/export", OVERVIEW_PARTS)} />
      <section className={layout.section} aria-labelledby="projects-heading">
        <h2 id="projects-heading">Projects</h2>
        {projects.length > 0 ? (
          <ProjectCards projects={projects} />
        ) : (
          <EmptyState title="No projects yet" headingLevel={3}>
            <p>
              {canCreateProjects
                ? "Projects you create for this organisation will appear here with their commodity, location and scenarios."
                : "When a project manager creates a project for this organisation, it will appear here."}
            </p>
          </EmptyState>
        )}
      </section>
    </>
  );
}
