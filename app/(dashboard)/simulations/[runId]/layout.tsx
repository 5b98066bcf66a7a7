import type { ReactNode } from "react";
import { loadOwnedForPage } from "@/lib/access/page";

type Props = { children: ReactNode; params: Promise<{ runId: string }> };

// Access is resolved here, above this segment's loading boundary (loading.tsx): a simulation run of another organisation, or
// none, answers a 404 status. Below a loading boundary the page has already answered 200 when it calls notFound().
// The pages check access again: a layout is not rendered again on client navigation between its pages.
export default async function SimulationRunLayout({ children, params }: Props) {
  const { runId } = await params;
  await loadOwnedForPage("simulationRun", runId, `/simulations/${runId}`);
  return children;
}
