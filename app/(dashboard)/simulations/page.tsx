import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";

export const metadata: Metadata = { title: "Simulations" };

export default async function SimulationsPage() {
  await requireUser("/simulations");
  return (
    <>
      <PageHeader title="Simulations" description="Monte Carlo risk analyses of your scenarios." />
      <EmptyState title="No simulation runs yet">
        <p>
          Monte Carlo runs will be listed here with their scenario, number of iterations, seed and status, and open to
          the distributions of NPV, IRR and payback they produced. Running simulations is not available yet.
        </p>
      </EmptyState>
    </>
  );
}
