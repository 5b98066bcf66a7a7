import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadOwnedForPage } from "@/lib/access/page";
import { hasRole } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import type { ScenarioPanelData } from "@/app/ui/scenario-editor/panels/panel-props";
import { loadScenarioEditor, type CashFlowResult } from "@/lib/rows";
import { beginMetricsCapture, toMetricsSummary } from "@/lib/scenarios";

// What every page of a scenario reads, once per request (React cache): the effective scenario of the caller's
// organisation, whether the caller may edit it, and the names of the scenarios values are inherited from.

/** canExport: analyst and above may download the scenario's inputs (GET /api/scenarios/{id}/export). */
export type ScenarioPageData = ScenarioPanelData & { canExport: boolean };

function isNotFound(error: unknown): boolean {
  return isAppError(error) && error.code === "NOT_FOUND";
}

/** The project's cache versions, read once per request before the inputs are loaded (lib/scenarios/metrics-cache.ts). */
const metricsCapture = cache((organisationId: string, projectId: string) => beginMetricsCapture({ organisationId, projectId }));

/** Leaves a computed cash flow's NPV and IRR for the project's scenario tree; a page that failed to model leaves nothing. */
export async function rememberTreeMetrics(page: ScenarioPageData, result: CashFlowResult): Promise<void> {
  if (!result.ok) return;
  const { effective } = page;
  const remember = await metricsCapture(effective.organisationId, effective.project.id);
  await remember(effective.scenario.id, toMetricsSummary(result.cashFlow, result.cashFlow.currency));
}

/** @returns the page data, or a 404 page for a scenario outside the caller's organisations or another project */
export const loadScenarioPage = cache(async (projectId: string, scenarioId: string): Promise<ScenarioPageData> => {
  const { owned } = await loadOwnedForPage("scenario", scenarioId, `/projects/${projectId}/scenarios/${scenarioId}`);
  if (owned.projectId !== projectId) notFound();
  await metricsCapture(owned.organisationId, projectId);
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
