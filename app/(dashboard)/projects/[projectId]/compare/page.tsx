import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadOwnedForPage } from "@/lib/access/page";
import { findProject } from "@/lib/projects";
import { compareScenariosForPage } from "@/lib/scenarios";
import { DownloadLinks, exportLinks } from "@/app/ui/common/download-links";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { CompareRefusal } from "@/app/ui/scenarios/compare-refusal";
import { buildCompareSections } from "@/app/ui/scenarios/compare-rows";
import { CompareTable } from "@/app/ui/scenarios/compare-table";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

export const metadata: Metadata = { title: "Compare scenarios" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ ids?: string | string[]; only?: string }> };

export default async function ComparePage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = await searchParams;
  const { owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}/compare`);
  const [project, outcome] = await Promise.all([findProject(owned), compareScenariosForPage(owned, query.ids)]);
  if (!project) notFound();
  const projectHref = `/projects/${project.id}`;
  const onlyDifferences = query.only === "differences";
  const idsParam = Array.isArray(query.ids) ? query.ids.join(",") : (query.ids ?? "");
  return (
    <>
      <nav aria-label="Breadcrumb" className={layout.breadcrumb}>
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <Link href={projectHref}>{project.name}</Link>{" "}
        <span aria-hidden="true">/</span> <span aria-current="page">Compare</span>
      </nav>
      <PageHeader title="Compare scenarios" description={`Effective inputs and deterministic metrics of ${project.name}, side by side.`} />
      {outcome.kind === "invalid" ? (
        <EmptyState title="Nothing to compare yet">
          <p>{outcome.message}</p>
          <Link href={projectHref}>Select scenarios on the project page</Link>
        </EmptyState>
      ) : outcome.kind === "refused" ? (
        <CompareRefusal code={outcome.code} message={outcome.message} projectId={project.id} />
      ) : (
        <div className={layout.stack}>
          <div className={`${layout.toolbar} ${layout.toolbarCentered}`}>
            <p>
              {outcome.comparison.differences.length === 0
                ? "These scenarios have the same inputs."
                : `${outcome.comparison.differences.length} input${outcome.comparison.differences.length === 1 ? "" : "s"} differ.`}
              {outcome.comparison.scenarios.some((s) => !s.metrics) ? " Metrics are missing where a scenario’s inputs are incomplete." : ""}
            </p>
            <Link
              className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}
              href={`/projects/${project.id}/compare?ids=${encodeURIComponent(idsParam)}${onlyDifferences ? "" : "&only=differences"}`}
            >
              {onlyDifferences ? "Show every row" : "Show only differences"}
            </Link>
          </div>
          <DownloadLinks
            id="compare-export"
            title="Export the comparison"
            links={exportLinks(`/api/projects/${project.id}/scenarios/compare/export?scenarioIds=${outcome.comparison.scenarios.map((s) => s.scenario.id).join(",")}`, [{ part: "comparison", label: "Comparison table" }])}
          />
          <CompareTable projectId={project.id} scenarios={outcome.comparison.scenarios} sections={buildCompareSections(outcome.comparison, onlyDifferences)} />
        </div>
      )}
    </>
  );
}
