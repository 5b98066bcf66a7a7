import type { Metadata } from "next";
import { getValuationPreferences } from "@/lib/organisations";
import { EconomicsView } from "@/app/ui/scenario-editor/economics/economics-view";
import { ModelProblems } from "@/app/ui/scenario-editor/results/model-problems";
import { computeEconomicsSafely, loadScenarioPage } from "../scenario-data";

type Params = Promise<{ projectId: string; scenarioId: string }>;

export const metadata: Metadata = { title: "Economics" };

// Computed on every request from the effective inputs at the organisation's disclosure rates and sensitivity steps
// (milliseconds), so the page never shows figures older than the inputs.
export default async function EconomicsPage({ params }: { params: Params }) {
  const { projectId, scenarioId } = await params;
  const { effective } = await loadScenarioPage(projectId, scenarioId);
  const preferences = await getValuationPreferences({ organisationId: effective.organisationId });
  const result = computeEconomicsSafely(effective, preferences);
  if (!result.ok) return <ModelProblems message={result.message} problems={result.problems} inputsHref={`/projects/${projectId}/scenarios/${scenarioId}`} />;
  return <EconomicsView economics={result.economics} />;
}
