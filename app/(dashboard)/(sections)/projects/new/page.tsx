import type { Metadata } from "next";
import { getNewProjectDefaults } from "@/lib/organisations";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectForm } from "@/app/ui/projects/project-form";
import { RoleNotice } from "@/app/ui/projects/role-notice";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  const user = await requireUser("/projects/new");
  const { id, role, name } = user.activeOrganisation;
  const defaults = await getNewProjectDefaults({ organisationId: id });
  return (
    <>
      <PageHeader title="New project" description={`A mining project of ${name}; you add its scenarios next.`} />
      {hasRole(role, "project_manager") ? (
        <ProjectForm cancelHref="/projects" defaults={defaults} />
      ) : (
        <RoleNotice role={role} action="create projects" backHref="/projects" backLabel="Back to projects" />
      )}
    </>
  );
}
