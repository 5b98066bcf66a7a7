import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { canExportRuns, findRunContext } from "@/lib/simulations/pages";
import { DownloadLinks, exportLinks } from "@/app/ui/common/download-links";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { CompareView, type CompareSide } from "@/app/ui/simulations/compare-view";
import alerts from "@/app/ui/common/alert.module.css";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Compare simulation runs" };

const querySchema = z.object({ a: z.uuid(), b: z.uuid() }).refine((query) => query.a !== query.b, "Two different runs");

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
  const runIds = [query.data.a, query.data.b];
  const [contexts, canExport] = await Promise.all([Promise.all(runIds.map((runId) => findRunContext(user, runId))), canExportRuns(user, runIds)]);
  const sides = contexts.flatMap((context, index): CompareSide[] => (context ? [{ runId: runIds[index] ?? "", context }] : []));
  const currencies = new Set(sides.map((side) => side.context.currency));
  return (
    <>
      {header}
      {sides.length < 2 ? (
        <EmptyState title="A run was not found">
          <p>One of the runs no longer exists, or you cannot see it.</p>
        </EmptyState>
      ) : currencies.size > 1 ? (
        <div className={`${alerts.alert} ${alerts.error}`} role="alert">
          <p>These runs cannot be compared: their scenarios use different currencies ({[...currencies].join(", ")}).</p>
        </div>
      ) : (
        <>
          {canExport ? (
            <DownloadLinks
              id="run-compare-export"
              title="Export the comparison"
              links={exportLinks(`/api/simulations/compare/export?a=${query.data.a}&b=${query.data.b}`, [{ part: "statistics", label: "Summary statistics" }])}
            />
          ) : null}
          <CompareView sides={sides} />
        </>
      )}
    </>
  );
}
