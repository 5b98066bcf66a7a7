import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getProject } from "@/db/queries/projects";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { compareScenarios, type ScenarioComparison } from "@/lib/scenario/compare";
import { loadEffectiveScenarioFromChain } from "@/lib/scenario/load-effective-scenario";
import { compareScenariosSchema } from "@/lib/validation/scenario";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { CompareRefusal } from "@/app/ui/scenarios/compare-refusal";
import { buildCompareSections } from "@/app/ui/scenarios/compare-rows";
import { CompareTable } from "@/app/ui/scenarios/compare-table";

export const metadata: Metadata = { title: "Compare scenarios" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ ids?: string | string[]; only?: string }> };

type Outcome =
  | { kind: "compared"; comparison: ScenarioComparison }
  | { kind: "invalid"; message: string }
  | { kind: "refused"; code: string; message: string };

/** The same comparison the API answers (lib/scenario/compare.ts), read directly for the server-rendered page. */
async function loadComparison(organisationId: string, projectId: string, rawIds: string | string[] | undefined): Promise<Outcome> {
  const ids = (Array.isArray(rawIds) ? rawIds.join(",") : (rawIds ?? "")).split(",").map((id) => id.trim()).filter(Boolean);
  const parsed = compareScenariosSchema.safeParse({ scenarioIds: ids });
  if (!parsed.success) {
    return { kind: "invalid", message: `Choose 2 to 6 different scenarios of this project to compare (${ids.length} chosen).` };
  }
  const db = await getDb();
  const chains = await Promise.all(parsed.data.scenarioIds.map((scenarioId) => getScenarioChain(db, { organisationId, scenarioId })));
  const found = chains.flatMap((chain) => (chain ? [chain] : []));
  if (found.length !== chains.length) return { kind: "invalid", message: "One of the chosen scenarios no longer exists; choose again." };
  const effectives = await Promise.all(found.map((chain) => loadEffectiveScenarioFromChain(db, chain)));
  try {
    return { kind: "compared", comparison: compareScenarios(projectId, effectives) };
  } catch (error) {
    if (isAppError(error) && error.status === 422) return { kind: "refused", code: error.code, message: error.message };
    throw error;
  }
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = await searchParams;
  const user = await requireUser(`/projects/${projectId}/compare`);
  const organisationId = user.activeOrganisation.id;
  const project = await getProject(await getDb(), { organisationId, projectId });
  if (!project) notFound();
  const outcome = await loadComparison(organisationId, project.id, query.ids);
  const projectHref = `/projects/${project.id}`;
  const onlyDifferences = query.only === "differences";
  const idsParam = Array.isArray(query.ids) ? query.ids.join(",") : (query.ids ?? "");
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
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
        <div className="stack">
          <div className="toolbar compare-toolbar">
            <p>
              {outcome.comparison.differences.length === 0
                ? "These scenarios have the same inputs."
                : `${outcome.comparison.differences.length} input${outcome.comparison.differences.length === 1 ? "" : "s"} differ.`}
              {outcome.comparison.scenarios.some((s) => !s.metrics) ? " Metrics are missing where a scenario’s inputs are incomplete." : ""}
            </p>
            <Link
              className="button button-secondary button-small"
              href={`/projects/${project.id}/compare?ids=${encodeURIComponent(idsParam)}${onlyDifferences ? "" : "&only=differences"}`}
            >
              {onlyDifferences ? "Show every row" : "Show only differences"}
            </Link>
          </div>
          <CompareTable projectId={project.id} scenarios={outcome.comparison.scenarios} sections={buildCompareSections(outcome.comparison, onlyDifferences)} />
        </div>
      )}
    </>
  );
}
