import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { loadOwnedForPage } from "@/lib/access/page";
import { quickStartCommodityOf } from "@/lib/domain/quick-start";
import { findProject } from "@/lib/projects";
import { PageHeader } from "@/app/ui/common/page-header";
import { RoleNotice } from "@/app/ui/projects/role-notice";
import { QuickStartForm } from "@/app/ui/scenarios/quick-start-form";
import layout from "@/app/ui/common/layout.module.css";

export const metadata: Metadata = { title: "Quick start" };

type Props = { params: Promise<{ projectId: string }> };

export default async function QuickStartPage({ params }: Props) {
  const { projectId } = await params;
  const { owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}/scenarios/quick-start`);
  const { role } = owned.membership;
  const project = await findProject(owned);
  if (!project) notFound();
  const projectHref = `/projects/${project.id}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className={layout.breadcrumb}>
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <Link href={projectHref}>{project.name}</Link>{" "}
        <span aria-hidden="true">/</span> <span aria-current="page">Quick start</span>
      </nav>
      <PageHeader
        title="Quick start"
        description="A complete scenario from a few figures: a production schedule for each year of the life, the capital and operating cost, and the commodity's units and terms. Its cash flow is ready at once; refine it in the editor."
      />
      {hasRole(role, "project_manager") ? (
        <QuickStartForm
          projectId={project.id}
          commodity={quickStartCommodityOf(project.primaryCommodity)}
          currency={project.currency}
          defaultDiscountRatePct={project.defaultDiscountRatePct}
          isBase={project.scenarioCount === 0}
        />
      ) : (
        <RoleNotice role={role} action="create scenarios" backHref={projectHref} backLabel={`Back to ${project.name}`} />
      )}
    </>
  );
}
