import type { Metadata } from "next";
import { getDb } from "@/db";
import { listScenarioRuns } from "@/db/queries/pages/simulations";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { toSummaryFromRow } from "@/app/ui/simulations/from-rows";
import { loadRunView } from "@/app/ui/simulations/load-run-view";
import { HistoryTable } from "@/app/ui/simulations/history-table";
import { RunPanel } from "@/app/ui/simulations/run-panel";
import { loadScenarioPage } from "../scenario-data";

type Params = Promise<{ projectId: string; scenarioId: string }>;

export const metadata: Metadata = { title: "Simulations" };

// The scenario's simulations: run one (analysts and above), follow it, read its results, and the history of runs.
export default async function ScenarioSimulationsPage({ params }: { params: Params }) {
  const { projectId, scenarioId } = await params;
  const { effective } = await loadScenarioPage(projectId, scenarioId);
  const user = await requireUser(`/projects/${projectId}/scenarios/${scenarioId}/simulations`);
  const role = user.memberships.find((membership) => membership.organisationId === effective.organisationId)?.role;
  const canRun = role !== undefined && hasRole(role, "analyst");
  const currency = effective.settings.currency ?? effective.project.currency;
  const db = await getDb();
  const runs = (await listScenarioRuns(db, { organisationId: effective.organisationId, scenarioId })).map(toSummaryFromRow);
  // Shown first: a run still going (followed live), else the newest results, else the newest run's reason; a
  // failed or cancelled run never hides the last good results (it stays in the history).
  const shown = runs.find((run) => run.status === "queued" || run.status === "running") ?? runs.find((run) => run.status === "succeeded") ?? runs[0];
  const latest = shown ? ((await loadRunView(db, { organisationId: effective.organisationId, runId: shown.id })) ?? shown) : null;
  return (
    <>
      <RunPanel scenarioId={scenarioId} currency={currency} canRun={canRun} latest={latest} />
      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">History of runs</h2>
        {runs.length === 0 ? <p className="empty-inline">Runs of this scenario will be listed here with their seed, sampler, status and P50 NPV.</p> : <HistoryTable runs={runs} currency={currency} />}
      </section>
    </>
  );
}
