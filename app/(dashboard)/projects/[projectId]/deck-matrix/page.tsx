import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadOwnedForPage } from "@/lib/access/page";
import { findProject } from "@/lib/projects";
import { DECK_MATRIX_MAX_SCENARIOS, getProjectDeckMatrix, type DeckMatrixRow } from "@/lib/scenarios";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { formatScenarioCount } from "@/app/ui/format";
import { DeckMatrixTable } from "@/app/ui/scenarios/deck-matrix-table";
import { describeNpvValuation } from "@/app/ui/scenario-editor/results/valuation-notes";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";

export const metadata: Metadata = { title: "Price deck matrix" };

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ archived?: string }> };

export default async function DeckMatrixPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const includeArchived = (await searchParams).archived === "1";
  const { owned } = await loadOwnedForPage("project", projectId, `/projects/${projectId}/deck-matrix`);
  const [project, matrix] = await Promise.all([findProject(owned), getProjectDeckMatrix(owned, { includeArchived })]);
  if (!project) notFound();
  const projectHref = `/projects/${project.id}`;
  const hasDecks = matrix.columns.length > 1;
  return (
    <>
      <nav aria-label="Breadcrumb" className={layout.breadcrumb}>
        <Link href="/projects">Projects</Link> <span aria-hidden="true">/</span> <Link href={projectHref}>{project.name}</Link>{" "}
        <span aria-hidden="true">/</span> <span aria-current="page">Price deck matrix</span>
      </nav>
      <PageHeader title="Price deck matrix" description={`Each scenario of ${project.name} valued on its own price and on each of the organisation’s price decks.`} />
      {matrix.rows.length === 0 ? (
        <EmptyState title="No scenarios to value">
          <p>This project has no {includeArchived ? "" : "draft or active "}scenarios yet.</p>
          <Link href={projectHref}>Back to the project</Link>
        </EmptyState>
      ) : (
        <div className={layout.stack}>
          <div className={`${layout.toolbar} ${layout.toolbarCentered}`}>
            <p>
              {hasDecks ? `${formatScenarioCount(matrix.rows.length)} × ${matrix.columns.length - 1} price deck${matrix.columns.length === 2 ? "" : "s"}.` : "The organisation has no price decks yet: only each scenario’s own flat price is shown."}{" "}
              <Link href="/price-decks">{hasDecks ? "Manage price decks" : "Create a price deck"}</Link>
            </p>
            <Link className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} href={`${projectHref}/deck-matrix${includeArchived ? "" : "?archived=1"}`}>
              {includeArchived ? "Hide archived scenarios" : "Include archived scenarios"}
            </Link>
          </div>
          <DeckMatrixTable projectId={project.id} columns={matrix.columns} rows={matrix.rows} />
          {matrix.omittedScenarioCount > 0 ? (
            <p className={layout.muted}>
              {matrix.omittedScenarioCount} more scenarios are not shown: the matrix values the first {DECK_MATRIX_MAX_SCENARIOS}, oldest first.
            </p>
          ) : null}
          <ConventionNotes rows={matrix.rows} />
        </div>
      )}
    </>
  );
}

/** Every NPV names its convention: one note per distinct convention, with the scenarios that use it. */
function ConventionNotes({ rows }: { rows: DeckMatrixRow[] }) {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const text = describeNpvValuation(row.valuation);
    groups.set(text, [...(groups.get(text) ?? []), row.scenario.name]);
  }
  return (
    <section className={layout.panel} aria-labelledby="deck-matrix-conventions">
      <h2 id="deck-matrix-conventions">
        How these figures are valued
      </h2>
      <p className={layout.muted}>NPV after tax, in each scenario’s currency, at its own discount rate; IRR of the same after-tax flows. NPV is {groups.size === 1 ? [...groups.keys()][0] : "valued per scenario:"}</p>
      {groups.size > 1 ? (
        <ul className={layout.muted}>
          {[...groups].map(([text, names]) => (
            <li key={text}>
              {names.join(", ")}: {text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
