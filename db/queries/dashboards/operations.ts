import { sql } from "drizzle-orm";
import type { OperationsDashboard } from "@/lib/http/contracts/dashboards";
import type { DbOrTx } from "../../client";
import { aggregateMaintenance } from "./maintenance";
import { aggregateConsumption, getScenarioDisplaySettings, listProduction, type YearRange } from "./operations-plan";
import type { OperationsScope } from "./scope";
import { selectRows } from "./sql";

export type OperationsRequest = OperationsScope & { from: string | null; to: string | null };

async function listFilterOptions(db: DbOrTx, { organisationId, projectId }: OperationsScope): Promise<OperationsDashboard["filters"]> {
  const [projects, scenarios] = await Promise.all([
    selectRows<{ id: string; name: string }>(db, sql`SELECT id, name FROM projects WHERE organisation_id = ${organisationId} ORDER BY name, id`),
    projectId
      ? selectRows<{ id: string; name: string; isBaseCase: boolean }>(
          db,
          sql`SELECT s.id, s.name, s.is_base_case AS "isBaseCase" FROM scenarios s JOIN projects p ON p.id = s.project_id
               WHERE s.project_id = ${projectId} AND p.organisation_id = ${organisationId}
               ORDER BY s.is_base_case DESC, s.name, s.id`,
        )
      : Promise.resolve([]),
  ]);
  return { projects, scenarios };
}

function toYearRange(request: OperationsRequest): YearRange {
  return {
    fromYear: request.from ? Number(request.from.slice(0, 4)) : null,
    toYear: request.to ? Number(request.to.slice(0, 4)) : null,
  };
}

/**
 * The operations dashboard of a resolved scope (see resolveOperationsScope): consumption and production per period
 * of the scenario, maintenance per equipment item and month. An empty scope gives empty series.
 */
export async function getOperationsDashboard(db: DbOrTx, request: OperationsRequest): Promise<OperationsDashboard> {
  const { organisationId, projectId, scenarioId, from, to } = request;
  const base = { scope: { organisationId, projectId, scenarioId, from, to }, generatedAt: new Date().toISOString() };
  const filters = await listFilterOptions(db, request);
  if (!scenarioId) {
    return { ...base, filters, currency: null, gradeUnit: null, startYear: null, consumption: [], production: [], equipment: [], maintenanceByMonth: [], fleetByMonth: [] };
  }
  const ref = { organisationId, scenarioId };
  const settings = await getScenarioDisplaySettings(db, ref);
  const plan = { startYear: settings.start_year ?? 0, range: toYearRange(request) };
  const [consumption, production, maintenance] = await Promise.all([
    aggregateConsumption(db, ref, plan),
    listProduction(db, ref, plan),
    aggregateMaintenance(db, ref, { from, to }),
  ]);
  return {
    ...base,
    filters,
    currency: settings.currency,
    gradeUnit: settings.grade_unit,
    startYear: settings.start_year,
    consumption,
    production,
    ...maintenance,
  };
}
