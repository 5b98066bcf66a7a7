import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/db";
import { getRunPageContext, type RunPageContext } from "@/db/queries/pages/simulations";
import { requireUser } from "@/lib/auth/session";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { CompareView, type CompareSide } from "@/app/ui/simulations/compare-view";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Compare simulation runs" };

const querySchema = z.object({ a: z.uuid(), b: z.uuid() }).refine((query) => query.a !== query.b, "Two different runs");

function toSide(page: RunPageContext): CompareSide {
  return { runId: page.run.id, context: { projectId: page.projectId, projectName: page.projectName, scenarioId: page.run.scenarioId, scenarioName: page.scenarioName, currency: page.currency } };
}

// Two runs (of one scenario or of two) overlaid: NPV, IRR and payback distributions and both percentile tables.
export default async function CompareRunsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/simulations/compare");
  const query = querySchema.safeParse(await searchParams);
  const header = <PageHeader title="Compare simulation runs" description="Two runs' distributions overlaid, with both percentile tables side by side." />;
  if (!query.success) {
    return (
      <>
        {header}
        <EmptyState title="Choose two runs to compare">
          <p>Open a scenario’s simulations, tick two succeeded runs in its history and choose “Compare selected runs”.</p>
          <p>
            <Link href="/simulations">See all runs</Link>
          </p>
        </EmptyState>
      </>
    );
  }
  const db = await getDb();
  const organisationIds = user.memberships.map((membership) => membership.organisationId);
  const pages = await Promise.all([query.data.a, query.data.b].map((runId) => getRunPageContext(db, { organisationIds, runId })));
  const sides = pages.flatMap((page) => (page ? [toSide(page)] : []));
  const currencies = new Set(sides.map((side) => side.context.currency));
  return (
    <>
      {header}
      {sides.length < 2 ? (
        <EmptyState title="A run was not found">
          <p>One of the runs no longer exists, or you cannot see it.</p>
        </EmptyState>
      ) : currencies.size > 1 ? (
        <div className="alert alert-error" role="alert">
          <p>These runs cannot be compared: their scenarios use different currencies ({[...currencies].join(", ")}).</p>
        </div>
      ) : (
        <CompareView sides={sides} />
      )}
    </>
  );
}
