import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listOrganisationRuns } from "@/lib/simulations/pages";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { AutoRefresh } from "@/app/ui/simulations/auto-refresh";
import { OrganisationRunsTable } from "@/app/ui/simulations/organisation-runs-table";

export const metadata: Metadata = { title: "Simulations" };

// The active organisation's simulation runs across projects: running and queued first (their progress refreshes
// every two seconds), then the most recent, each linked to its run page and its scenario.
export default async function SimulationsPage() {
  const user = await requireUser("/simulations");
  const runs = await listOrganisationRuns({ organisationId: user.activeOrganisation.id });
  const isActive = runs.some((run) => run.status === "queued" || run.status === "running");
  return (
    <>
      <PageHeader title="Simulations" description={`Monte Carlo risk analyses of ${user.activeOrganisation.name}'s scenarios: running runs first, then the 50 most recent.`} />
      <AutoRefresh isActive={isActive} />
      {runs.length === 0 ? (
        <EmptyState title="No simulation runs yet">
          <p>
            Open a scenario of a <Link href="/projects">project</Link> and choose its Simulations page to run one. Runs are listed here with their scenario, iterations, seed, status and P50 NPV.
          </p>
        </EmptyState>
      ) : (
        <OrganisationRunsTable runs={runs} />
      )}
    </>
  );
}
