import type { Metadata } from "next";
import { getDb } from "@/db";
import { listProjects } from "@/db/queries/projects";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectsTable } from "@/app/ui/projects/projects-table";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const user = await requireUser("/projects");
  const organisation = user.activeOrganisation;
  const projects = await listProjects(await getDb(), { organisationId: organisation.id });
  return (
    <>
      <PageHeader title="Projects" description="Every mining project of your organisation, with its what-if scenarios." />
      {projects.length > 0 ? (
        <ProjectsTable projects={projects} organisationName={organisation.name} />
      ) : (
        <EmptyState title="No projects yet">
          <p>
            {hasRole(organisation.role, "project_manager")
              ? "Projects you create will be listed here with their commodity, operation type, location and scenarios."
              : "Projects created by your project managers will be listed here."}
          </p>
        </EmptyState>
      )}
    </>
  );
}
