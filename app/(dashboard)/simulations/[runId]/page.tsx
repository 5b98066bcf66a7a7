import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getRunPageContext } from "@/db/queries/pages/simulations";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { formatWhen } from "@/app/ui/simulations/format-run";
import { loadRunView } from "@/app/ui/simulations/load-run-view";
import { RunPageBody } from "@/app/ui/simulations/run-page-body";

type Params = Promise<{ runId: string }>;

export const metadata: Metadata = { title: "Simulation run" };

// One run in any state: live progress while queued or running, the reason when it failed, a notice when it was
// cancelled, the results when it succeeded — and, for analysts and above, a rerun from its stored manifest.
export default async function SimulationRunPage({ params }: { params: Params }) {
  const { runId } = await params;
  const user = await requireUser(`/simulations/${runId}`);
  const db = await getDb();
  const page = await getRunPageContext(db, { organisationIds: user.memberships.map((m) => m.organisationId), runId });
  if (!page) notFound();
  const run = await loadRunView(db, { organisationId: page.organisationId, runId });
  if (!run) notFound();
  const role = user.memberships.find((membership) => membership.organisationId === page.organisationId)?.role;
  const canRun = role !== undefined && hasRole(role, "analyst");
  const scenarioHref = `/projects/${page.projectId}/scenarios/${page.run.scenarioId}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb sim-breadcrumb">
        <ol>
          <li>
            <Link href="/simulations">Simulations</Link>
          </li>
          <li>
            <Link href={`/projects/${page.projectId}`}>{page.projectName}</Link>
          </li>
          <li>
            <Link href={`${scenarioHref}/simulations`}>{page.scenarioName}</Link>
          </li>
          <li aria-current="page">Run of {formatWhen(page.run.createdAt)}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>Simulation run</h1>
          <p>
            {page.projectName} / {page.scenarioName}: Monte Carlo analysis of NPV, IRR and payback.
          </p>
        </div>
      </div>
      <RunPageBody initial={run} currency={page.currency} canRun={canRun} />
    </>
  );
}
