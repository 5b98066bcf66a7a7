import type { ReactNode } from "react";
import { loadOwnedForPage } from "@/lib/access/page";

type Props = { children: ReactNode; params: Promise<{ scenarioId: string }> };

// Access is resolved here, above this segment's loading boundary (loading.tsx): a scenario of another organisation, or
// none, answers a 404 status. Below a loading boundary the page has already answered 200 when it calls notFound().
// The pages check access again: a layout is not rendered again on client navigation between its pages.
export default async function ScenarioReportLayout({ children, params }: Props) {
  const { scenarioId } = await params;
  await loadOwnedForPage("scenario", scenarioId, `/reports/scenarios/${scenarioId}`);
  return children;
}
