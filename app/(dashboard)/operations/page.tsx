import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readOperationsDashboardForPage, type SearchParams } from "@/lib/dashboards/pages";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { OperationsFilters } from "@/app/ui/dashboards/operations-filters";
import { OperationsView } from "@/app/ui/dashboards/operations-view";
import alerts from "@/app/ui/common/alert.module.css";

export const metadata: Metadata = { title: "Operations" };

export default async function OperationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/operations");
  // The active organisation only, like every page: switch organisation to see another's operations.
  const page = await readOperationsDashboardForPage(user, await searchParams);
  if (!page) notFound();
  const { dashboard, hasInvalidFilters } = page;
  return (
    <>
      <PageHeader title="Operations" description="Consumption, production, maintenance and availability of a project scenario." />
      {hasInvalidFilters ? (
        <p className={`${alerts.alert} ${alerts.error}`} role="alert">
          Some filters were not valid (dates are YYYY-MM-DD, and From must not be after To); showing the defaults instead.
        </p>
      ) : null}
      {dashboard.filters.projects.length > 0 ? <OperationsFilters dashboard={dashboard} /> : null}
      <OperationsView dashboard={dashboard} />
    </>
  );
}
