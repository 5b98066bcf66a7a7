import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { loadOwnedForPage } from "@/lib/access/page";
import { listPriceDecks } from "@/lib/price-decks";
import { findProject } from "@/lib/projects";
import { PageHeader } from "@/app/ui/common/page-header";
import { RoleNotice } from "@/app/ui/projects/role-notice";
import { RootScenarioForm } from "@/app/ui/scenarios/root-scenario-form";
import layout from "@/app/ui/common/layout.module.css";

export const metadata: Metadata = { title: "New scenario" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ base?: string }> };

export default async function NewScenarioPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const { owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}/scenarios/new`);
  const { role } = owned.membership;
  const project = await findProject(owned);
  if (!project) notFound();
  const isBase = (await searchParams).base === "1" || project.scenarioCount === 0;
  const projectHref = `/projects/${project.id}`;
  const decks = await listPriceDecks({ organisationId: owned.organisationId });
  const priceDecks = decks.map((deck) => ({ value: deck.id, label: `${deck.name} (${deck.currency}/${deck.priceUnit}, ${deck.commodity})` }));
  return (
    <>
      <nav aria-label="Breadcrumb" className={layout.breadcrumb}>
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <Link href={projectHref}>{project.name}</Link>{" "}
        <span aria-hidden="true">/</span> <span aria-current="page">New scenario</span>
      </nav>
      <PageHeader
        title={isBase ? "Create the base scenario" : "New root scenario"}
        description="The timeline and economic terms every branch inherits. Production, costs and equipment are added in the scenario editor."
      />
      {hasRole(role, "project_manager") ? (
        <p>
          Only a first look? <Link href={`/projects/${project.id}/scenarios/quick-start`}>Quick start</Link> makes a complete scenario, production and costs
          included, from a few figures.
        </p>
      ) : null}
      {hasRole(role, "project_manager") ? (
        <RootScenarioForm
          projectId={project.id}
          isBase={isBase}
          context={{ commodity: project.primaryCommodity, currency: project.currency, defaultDiscountRatePct: project.defaultDiscountRatePct, thisYear: new Date().getUTCFullYear(), priceDecks }}
        />
      ) : (
        <RoleNotice role={role} action="create scenarios" backHref={projectHref} backLabel={`Back to ${project.name}`} />
      )}
    </>
  );
}
