import { getDb, type DbOrTx } from "@/db";
import { listOperationsFilterOptions } from "@/db/queries/dashboards/operations";
import {
  aggregateConsumption,
  getScenarioDisplaySettings,
  listProduction,
  type YearRange,
} from "@/db/queries/dashboards/operations-plan";
import { isAppError, notFound } from "@/lib/errors";
import type { OperationsDashboard } from "@/lib/http/contracts/dashboards";
import { operationsDashboardKey, rememberDashboardJson } from "./cache-keys";
import { loadMaintenanceFigures } from "./maintenance";
import type { OperationsScope } from "./operations-scope";

// The operations dashboard of a resolved scope (operations-scope.ts): consumption and production per period of
// the scenario, maintenance per equipment item and month.

export type OperationsRequest = OperationsScope & { from: string | null; to: string | null };

function toYearRange(request: OperationsRequest): YearRange {
  return {
    fromYear: request.from ? Number(request.from.slice(0, 4)) : null,
    toYear: request.to ? Number(request.to.slice(0, 4)) : null,
  };
}

/** The dashboard read from the database (uncached). An empty scope gives empty series. */
export async function loadOperationsDashboard(db: DbOrTx, request: OperationsRequest): Promise<OperationsDashboard> {
  const { organisationId, projectId, scenarioId, from, to } = request;
  const base = { scope: { organisationId, projectId, scenarioId, from, to }, generatedAt: new Date().toISOString() };
  const filters = await listOperationsFilterOptions(db, { organisationId, projectId });
  if (!scenarioId) {
    return { ...base, filters, currency: null, gradeUnit: null, startYear: null, consumption: [], production: [], equipment: [], maintenanceByMonth: [], fleetByMonth: [] };
  }
  const ref = { organisationId, scenarioId };
  const settings = await getScenarioDisplaySettings(db, ref);
  const plan = { startYear: settings.startYear ?? 0, range: toYearRange(request) };
  const [consumption, production, maintenance] = await Promise.all([
    aggregateConsumption(db, ref, plan),
    listProduction(db, ref, plan),
    loadMaintenanceFigures(db, ref, { from, to }),
  ]);
  const { currency, gradeUnit, startYear } = settings;
  return { ...base, filters, currency, gradeUnit, startYear, consumption, production, ...maintenance };
}

/**
 * The dashboard as cached JSON text (what the API answers as is). A scenario deleted after its owner was
 * remembered (lib/access) is no longer among its project's scenarios: 404, and nothing is cached.
 * @throws AppError NOT_FOUND when the scope's scenario no longer exists
 */
export async function readOperationsDashboardJson(request: OperationsRequest): Promise<string> {
  const load = async () => {
    const dashboard = await loadOperationsDashboard(await getDb(), request);
    const isScenarioGone = request.scenarioId !== null && !dashboard.filters.scenarios.some((s) => s.id === request.scenarioId);
    if (isScenarioGone) throw notFound("Scenario");
    return dashboard;
  };
  // An empty scope (no project or scenario yet) is cheap and not cached.
  if (!request.projectId || !request.scenarioId) return JSON.stringify(await load());
  const parts = { scenarioId: request.scenarioId, from: request.from ?? undefined, to: request.to ?? undefined };
  return rememberDashboardJson(operationsDashboardKey(request.organisationId, request.projectId, parts), load);
}

/** As readOperationsDashboardJson, parsed (for pages); undefined when the scope's scenario no longer exists. */
export async function readOperationsDashboard(request: OperationsRequest): Promise<OperationsDashboard | undefined> {
  try {
    return JSON.parse(await readOperationsDashboardJson(request)) as OperationsDashboard;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}
