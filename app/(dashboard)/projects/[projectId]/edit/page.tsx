import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectForm } from "@/app/ui/projects/project-form";
import { RoleNotice } from "@/app/ui/projects/role-notice";

export const metadata: Metadata = { title: "Edit project" };

export default async function EditProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requireUser(`/projects/${projectId}/edit`);
  const { id: organisationId, role } = user.activeOrganisation;
  const project = await getProject(await getDb(), { organisationId, projectId });
  if (!project) notFound();
  const backHref = `/projects/${project.id}`;
  return (
    <>
      <PageHeader title={`Edit ${project.name}`} description="Changes apply to the project; its scenarios keep their own settings." />
      {hasRole(role, "project_manager") ? (
        // Keyed by version: after "Reload" the form starts again from the latest saved values.
        <ProjectForm key={project.version} project={project} cancelHref={backHref} />
      ) : (
        <RoleNotice role={role} action="edit projects" backHref={backHref} backLabel={`Back to ${project.name}`} />
      )}
    </>
  );
}
