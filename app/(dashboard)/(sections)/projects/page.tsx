import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listProjectsPage } from "@/lib/projects";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { pageCount, parseProjectListParams, projectListHref, type SearchParams } from "@/app/ui/projects/list-params";
import { Pagination } from "@/app/ui/projects/pagination";
import { ProjectSearch } from "@/app/ui/projects/project-search";
import { ProjectsTable } from "@/app/ui/projects/projects-table";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/projects");
  const organisation = user.activeOrganisation;
  const query = parseProjectListParams(await searchParams);
  const result = await listProjectsPage({ organisationId: organisation.id, query });
  const pages = pageCount(result.total, result.pageSize);
  const canManage = hasRole(organisation.role, "project_manager");
  const isSearching = Boolean(query.q);
  const newProject = canManage ? (
    <Link href="/projects/new" className={`${buttons.button} ${buttons.primary}`}>
      New project
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader title="Projects" description="Every mining project of your organisation, with its what-if scenarios." actions={newProject} />
      {result.total === 0 && !isSearching ? (
        <EmptyState title="No projects yet">
          <p>
            {canManage
              ? "Projects you create will be listed here with their commodity, operation type, location and scenarios."
              : "Projects created by your project managers will be listed here."}
          </p>
          {newProject}
        </EmptyState>
      ) : (
        <div className={layout.stack}>
          <ProjectSearch query={query} />
          {result.items.length > 0 ? (
            <ProjectsTable
              projects={result.items}
              caption={`${result.total} project${result.total === 1 ? "" : "s"} in ${organisation.name}${isSearching ? ` matching “${query.q}”` : ""}`}
              sort={{ query }}
            />
          ) : (
            <EmptyState title={isSearching ? "No matching projects" : "No projects on this page"}>
              <p>{isSearching ? `No project’s name, location or commodity contains “${query.q}”.` : "This page is past the last project."}</p>
              <Link href="/projects">Show all projects</Link>
            </EmptyState>
          )}
          {result.total > result.pageSize ? (
            <Pagination page={query.page} pageCount={pages} total={result.total} noun="projects" hrefFor={(page) => projectListHref(query, { page })} />
          ) : null}
        </div>
      )}
    </>
  );
}
