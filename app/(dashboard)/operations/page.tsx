import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readOperationsDashboard } from "@/lib/dashboards/operations";
import { resolveOperationsScopeForPage } from "@/lib/dashboards/operations-scope";
import { operationsQuerySchema } from "@/lib/http/contracts/dashboards";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { OperationsFilters } from "@/app/ui/dashboards/operations-filters";
import { OperationsView } from "@/app/ui/dashboards/operations-view";
import alerts from "@/app/ui/common/alert.module.css";

export const metadata: Metadata = { title: "Operations" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  // Empty form fields ("Base case of the project", no date) mean "not set".
  const entries = Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}

export default async function OperationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/operations");
  const parsed = operationsQuerySchema.safeParse(firstValues(await searchParams));
  const query = parsed.success ? parsed.data : {};
  // The active organisation only, like every page: switch organisation to see another's operations.
  const scope = await resolveOperationsScopeForPage(user, query);
  if (!scope) notFound();
  const dashboard = await readOperationsDashboard({ ...scope, from: query.from ?? null, to: query.to ?? null });
  if (!dashboard) notFound();
  return (
    <>
      <PageHeader title="Operations" description="Consumption, production, maintenance and availability of a project scenario." />
      {parsed.success ? null : (
        <p className={`${alerts.alert} ${alerts.error}`} role="alert">
          Some filters were not valid (dates are YYYY-MM-DD, and From must not be after To); showing the defaults instead.
        </p>
      )}
      {dashboard.filters.projects.length > 0 ? <OperationsFilters dashboard={dashboard} /> : null}
      <OperationsView dashboard={dashboard} />
    </>
  );
}
