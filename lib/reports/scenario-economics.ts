import { getDb } from "@/db";
import { getValuationPreferences } from "@/lib/organisations";
import { computeEconomicsSafely, type EconomicsResult } from "@/lib/rows";
import type { PlausibilityWarning } from "@/lib/domain/plausibility";
import { loadEffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { reviewScenarioPlausibility } from "@/lib/scenarios/plausibility";
import { scenarioConventions, type CoverFact } from "./cover";
import { keyAssumptions, type KeyAssumption } from "./key-assumptions";

// Scenario economics report: what the scenario's Economics tab shows (economic summary at the organisation's
// disclosure rates, life-of-mine totals and unit costs, annual cash flow, sensitivities and break-evens), for paper.
// Computed from the effective inputs on every request, as the tab is, so the report is never older than the inputs.

export type EconomicsReport = {
  scenario: { id: string; name: string };
  project: { id: string; name: string };
  /** The economics, or why the inputs cannot be modelled yet (the report then says what is missing). */
  economics: EconomicsResult;
  /** Values a reviewer would question (warnings, never errors); empty when there are none. */
  plausibility: PlausibilityWarning[];
  /** The cover's conventions (currency, discounting, rate, terms) and the key-assumptions section's rows. */
  conventions: CoverFact[];
  assumptions: KeyAssumption[];
  generatedAt: string;
};

/** The economics report of a scenario of the organisation; undefined when it is not found there. */
export async function loadEconomicsReport({ organisationId, scenarioId }: { organisationId: string; scenarioId: string }): Promise<EconomicsReport | undefined> {
  const db = await getDb();
  const [effective, preferences] = await Promise.all([loadEffectiveScenario(db, { organisationId, scenarioId }), getValuationPreferences({ organisationId })]);
  if (!effective) return undefined;
  return {
    scenario: { id: effective.scenario.id, name: effective.scenario.name },
    project: { id: effective.project.id, name: effective.project.name },
    economics: computeEconomicsSafely(effective, preferences),
    plausibility: reviewScenarioPlausibility(effective),
    conventions: scenarioConventions(effective),
    assumptions: keyAssumptions(effective),
    generatedAt: new Date().toISOString(),
  };
}
