import { getDb, type DbOrTx } from "@/db";
import { listOperationsFilterOptions } from "@/db/queries/dashboards/operations";
import { aggregateConsumption, getScenarioDisplaySettings, listProduction, type YearRange } from "@/db/queries/dashboards/operations-plan";
import { isAppError, notFound } from "@/lib/errors";
import type { OperationsDashboard } from "@/lib/http/contracts/dashboards";
import { operationsDashboardKey, rememberDashboardJson } from "./cache-keys";
import { loadMaintenanceFigures } from "./maintenance";
import { isWholeRange, narrowOperationsDashboard, normaliseOperationsRange } from "./operations-range";
import type { OperationsScope } from "./operations-scope";

// The operations dashboard of a resolved scope (operations-scope.ts): consumption and production per period of
// the scenario, maintenance per equipment item and month. The whole scenario (no range) is read and cached; a
// range is cut from it in whole months (operations-range.ts), so ranges never multiply the cache's entries.

export type OperationsRequest = OperationsScope & { from: string | null; to: string | null };

/** Every period of the plan: ranges are applied to the whole dashboard afterwards. */
const WHOLE_PLAN: YearRange = { fromYear: null, toYear: null };

/** The dashboard of the whole scenario read from the database (uncached). An empty scope gives empty series. */
async function loadWholeOperationsDashboard(db: DbOrTx, scope: OperationsScope): Promise<OperationsDashboard> {
  const { organisationId, projectId, scenarioId } = scope;
  const base = { scope: { organisationId, projectId, scenarioId, from: null, to: null }, generatedAt: new Date().toISOString() };
  const filters = await listOperationsFilterOptions(db, { organisationId, projectId });
  if (!scenarioId) {
    return { ...base, filters, currency: null, gradeUnit: null, startYear: null, consumption: [], production: [], equipment: [], maintenanceByMonth: [], fleetByMonth: [] };
  }
  const ref = { organisationId, scenarioId };
  const settings = await getScenarioDisplaySettings(db, ref);
  const plan = { startYear: settings.startYear ?? 0, range: WHOLE_PLAN };
  const [consumption, production, maintenance] = await Promise.all([
    aggregateConsumption(db, ref, plan),
    listProduction(db, ref, plan),
    loadMaintenanceFigures(db, ref),
  ]);
  const { currency, gradeUnit, startYear } = settings;
  return { ...base, filters, currency, gradeUnit, startYear, consumption, production, ...maintenance };
}

/** The dashboard read from the database (uncached), over the request's range widened to whole months. */
export async function loadOperationsDashboard(db: DbOrTx, request: OperationsRequest): Promise<OperationsDashboard> {
  const whole = await loadWholeOperationsDashboard(db, request);
  const range = normaliseOperationsRange(request);
  return isWholeRange(range) ? whole : narrowOperationsDashboard(whole, range);
}

/** The whole scenario's dashboard as JSON text, cached per scenario. */
async function readWholeOperationsJson(scope: OperationsScope): Promise<string> {
  const load = async () => {
    const dashboard = await loadWholeOperationsDashboard(await getDb(), scope);
    const isScenarioGone = scope.scenarioId !== null && !dashboard.filters.scenarios.some((s) => s.id === scope.scenarioId);
    if (isScenarioGone) throw notFound("Scenario");
    return dashboard;
  };
  // An empty scope (no project or scenario yet) is cheap and not cached.
  if (!scope.projectId || !scope.scenarioId) return JSON.stringify(await load());
  return rememberDashboardJson(operationsDashboardKey(scope.organisationId, scope.projectId, scope.scenarioId), load);
}

/**
 * The dashboard as JSON text (what the API answers as is). The caller has checked the caller's access to the scope
 * (resolveOperationsScope): a scenario deleted after its owner was remembered (lib/access) is no longer among its
 * project's scenarios: 404, and nothing is cached.
 * @throws AppError NOT_FOUND when the scope's scenario no longer exists
 */
export async function readOperationsDashboardJson(request: OperationsRequest): Promise<string> {
  const { organisationId, projectId, scenarioId } = request;
  const whole = await readWholeOperationsJson({ organisationId, projectId, scenarioId });
  const range = normaliseOperationsRange(request);
  if (isWholeRange(range)) return whole;
  return JSON.stringify(narrowOperationsDashboard(JSON.parse(whole) as OperationsDashboard, range));
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
