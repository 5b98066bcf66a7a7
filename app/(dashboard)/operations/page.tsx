import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { readOperationsDashboard, resolveOperationsScope } from "@/db/queries/dashboards";
import { operationsQuerySchema } from "@/lib/http/contracts/dashboards";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { OperationsFilters } from "@/app/ui/dashboards/operations-filters";
import { OperationsView } from "@/app/ui/dashboards/operations-view";

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
  const scope = await resolveOperationsScope(await getDb(), {
    // The active organisation only, like every page: switch organisation to see another's operations.
    organisationIds: [user.activeOrganisation.id],
    activeOrganisationId: user.activeOrganisation.id,
    projectId: query.projectId,
    scenarioId: query.scenarioId,
  });
  if (!scope) notFound();
  const dashboard = await readOperationsDashboard({ ...scope, from: query.from ?? null, to: query.to ?? null });
  if (!dashboard) notFound();
  return (
    <>
      <PageHeader title="Operations" description="Consumption, production, maintenance and availability of a project scenario." />
      {parsed.success ? null : (
        <p className="alert alert-error" role="alert">
          Some filters were not valid (dates are YYYY-MM-DD, and From must not be after To); showing the defaults instead.
        </p>
      )}
      {dashboard.filters.projects.length > 0 ? <OperationsFilters dashboard={dashboard} /> : null}
      <OperationsView dashboard={dashboard} />
    </>
  );
}
