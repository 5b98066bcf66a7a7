import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { loadOwnedForPage } from "@/lib/access/page";
import { findProject } from "@/lib/projects";
import { PageHeader } from "@/app/ui/common/page-header";
import { ProjectForm } from "@/app/ui/projects/project-form";
import { RoleNotice } from "@/app/ui/projects/role-notice";

export const metadata: Metadata = { title: "Edit project" };

export default async function EditProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}/edit`);
  const { role } = owned.membership;
  const project = await findProject(owned);
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
