import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readOperationsDashboardForPage, type SearchParams } from "@/lib/dashboards/pages";
import { requireUser } from "@/lib/auth/session";
import type { OPERATIONS_EXPORT_PARTS } from "@/lib/http/contracts/exports";
import { DownloadLinks, exportLinks } from "@/app/ui/common/download-links";
import { PageHeader } from "@/app/ui/common/page-header";
import { OperationsFilters } from "@/app/ui/dashboards/operations-filters";
import { OperationsView } from "@/app/ui/dashboards/operations-view";
import alerts from "@/app/ui/common/alert.module.css";

export const metadata: Metadata = { title: "Operations" };

const OPERATIONS_PARTS = [
  { part: "production", label: "Production" },
  { part: "consumption", label: "Consumption" },
  { part: "equipment", label: "Equipment" },
  { part: "maintenance", label: "Maintenance by month" },
  { part: "fleet", label: "Fleet by month" },
] satisfies { part: (typeof OPERATIONS_EXPORT_PARTS)[number]; label: string }[];

/** The export of exactly what the page shows: its resolved project, scenario and date range. */
function exportBase({ projectId, scenarioId, from, to }: OperationsScopeFilters): string {
  const entries = Object.entries({ projectId, scenarioId, from, to }).filter((entry): entry is [string, string] => entry[1] !== null);
  return `/api/dashboards/operations/export?${new URLSearchParams(entries).toString()}`;
}

type OperationsScopeFilters = { projectId: string | null; scenarioId: string | null; from: string | null; to: string | null };

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
      {dashboard.scope.scenarioId ? (
        <DownloadLinks id="operations-export" title="Export the data" links={exportLinks(exportBase(dashboard.scope), OPERATIONS_PARTS)} />
      ) : null}
      <OperationsView dashboard={dashboard} />
    </>
  );
}
