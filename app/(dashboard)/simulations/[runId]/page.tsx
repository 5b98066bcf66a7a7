import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadOwnedForPage } from "@/lib/access/page";
import { hasRole } from "@/lib/auth/roles";
import { loadRunPage } from "@/lib/simulations/pages";
import { formatWhen } from "@/app/ui/format";
import { toRunView } from "@/app/ui/simulations/from-contract";
import { RunPageBody } from "@/app/ui/simulations/run-page-body";
import layout from "@/app/ui/common/layout.module.css";

type Params = Promise<{ runId: string }>;

export const metadata: Metadata = { title: "Simulation run" };

// One run in any state: live progress while queued or running, the reason when it failed, a notice when it was
// cancelled, the results when it succeeded — and, for analysts and above, a rerun from its stored manifest.
export default async function SimulationRunPage({ params }: { params: Params }) {
  const { runId } = await params;
  const { owned } = await loadOwnedForPage("simulationRun", runId, `/simulations/${runId}`);
  const page = await loadRunPage(owned, runId);
  if (!page) notFound();
  const { run, context } = page;
  const canRun = hasRole(owned.membership.role, "analyst");
  const scenarioHref = `/projects/${context.projectId}/scenarios/${context.scenarioId}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className={`${layout.breadcrumb} ${layout.trail}`}>
        <ol>
          <li>
            <Link href="/simulations">Simulations</Link>
          </li>
          <li>
            <Link href={`/projects/${context.projectId}`}>{context.projectName}</Link>
          </li>
          <li>
            <Link href={`${scenarioHref}/simulations`}>{context.scenarioName}</Link>
          </li>
          <li aria-current="page">Run of {formatWhen(run.createdAt)}</li>
        </ol>
      </nav>
      <div className={layout.pageHeader}>
        <div>
          <h1>Simulation run</h1>
          <p>
            {context.projectName} / {context.scenarioName}: Monte Carlo analysis of NPV, IRR and payback.
          </p>
        </div>
      </div>
      <RunPageBody initial={toRunView(run)} currency={context.currency} canRun={canRun} />
    </>
  );
}
