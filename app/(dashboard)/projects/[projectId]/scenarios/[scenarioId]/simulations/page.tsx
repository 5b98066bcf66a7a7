import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { loadScenarioSimulations } from "@/lib/simulations/pages";
import { readSimulationQuota } from "@/lib/simulations/quota";
import { QuotaNote } from "@/app/ui/simulations/quota-note";
import { toRunView } from "@/app/ui/simulations/from-contract";
import { HistoryTable } from "@/app/ui/simulations/history-table";
import { RunPanel } from "@/app/ui/simulations/run-panel";
import { loadScenarioPage } from "../scenario-data";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";

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
  // Shown first: a run still going (followed live), else the newest results, else the newest run's reason.
  const { runs, shown } = await loadScenarioSimulations({ organisationId: effective.organisationId, scenarioId });
  const latest = shown ? (shown.detail ? toRunView(shown.detail) : shown.summary) : null;
  const quota = canRun ? await readSimulationQuota(effective.organisationId) : null;
  return (
    <>
      {quota ? <QuotaNote quota={quota} /> : null}
      <RunPanel scenarioId={scenarioId} currency={currency} canRun={canRun} latest={latest} />
      <section className={layout.section} aria-labelledby="history-title">
        <h2 id="history-title">History of runs</h2>
        {runs.length === 0 ? <p className={emptyStates.inline}>Runs of this scenario will be listed here with their seed, sampler, status and P50 NPV.</p> : <HistoryTable runs={runs} currency={currency} />}
      </section>
    </>
  );
}
