import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadOwnedForPage } from "@/lib/access/page";
import { hasRole } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import type { ScenarioPanelData } from "@/app/ui/scenario-editor/panels/panel-props";
import { loadScenarioEditor } from "@/lib/rows";

// What every page of a scenario reads, once per request (React cache): the effective scenario of the caller's
// organisation, whether the caller may edit it, and the names of the scenarios values are inherited from.

/** canExport: analyst and above may download the scenario's inputs (GET /api/scenarios/{id}/export). */
export type ScenarioPageData = ScenarioPanelData & { canExport: boolean };

function isNotFound(error: unknown): boolean {
  return isAppError(error) && error.code === "NOT_FOUND";
}

/** @returns the page data, or a 404 page for a scenario outside the caller's organisations or another project */
export const loadScenarioPage = cache(async (projectId: string, scenarioId: string): Promise<ScenarioPageData> => {
  const { owned } = await loadOwnedForPage("scenario", scenarioId, `/projects/${projectId}/scenarios/${scenarioId}`);
  if (owned.projectId !== projectId) notFound();
  const { effective, scenarioNames } = await loadScenarioEditor({ organisationId: owned.organisationId, scenarioId }).catch((error: unknown) => {
    if (isNotFound(error)) notFound();
    throw error;
  });
  return {
    effective,
    canEdit: hasRole(owned.membership.role, "project_manager"),
    canExport: hasRole(owned.membership.role, "analyst"),
    isChild: effective.scenario.parentScenarioId !== null,
    scenarioNames,
    parentName: effective.ancestors.at(-1)?.name,
  };
});

export { computeCapexPlanSafely, computeCashFlowSafely, computeEconomicsSafely, type CapexPlanResult, type CashFlowResult, type EconomicsResult } from "@/lib/rows";
