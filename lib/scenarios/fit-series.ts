import { getDb } from "@/db";
import { listActualsOfItems } from "@/db/queries/rows/consumption-actuals";
import { listLogsOfEquipment } from "@/db/queries/rows/maintenance";
import { getEffectiveRows } from "@/db/queries/rows/row-state";
import type { ConsumptionItem, MaintenanceLog } from "@/db/schema";
import type { FitMetric, FitSource } from "@/lib/domain/fitting";
import type { MaintenanceType } from "@/lib/domain/inputs";
import { AppError, notFound } from "@/lib/errors";

// The values a fit is made from (issue #14): maintenance logs of the scenario's effective equipment lines, or
// consumption actuals of its effective consumption items (inherited rows included; actuals belong to the row).

export type FitScope = { organisationId: string; scenarioId: string };

export type FitSeriesQuery = {
  source: FitSource;
  metric: FitMetric;
  /** Maintenance: one equipment line (its row id, as in /api/equipment/{id}/maintenance); omitted: every line. */
  equipmentId?: string;
  type?: MaintenanceType;
  /** Consumption: one item (its lineage id, as in /api/scenarios/{id}/consumption/{itemId}); omitted: every item. */
  consumptionItemId?: string;
};

/** The values and the unit they share: "h", a currency, an item's unit ("L") or a price ("USD/L"). */
export type Series = { values: number[]; unit: string };

export async function loadFitSeries(scope: FitScope, query: FitSeriesQuery): Promise<Series> {
  return query.source === "consumption" ? loadConsumptionSeries(scope, query) : loadMaintenanceSeries(scope, query);
}

async function loadMaintenanceSeries(scope: FitScope, query: FitSeriesQuery): Promise<Series> {
  const db = await getDb();
  const effective = await getEffectiveRows(db, { ...scope, entity: "equipment" });
  if (!effective) throw notFound("Scenario");
  const lineIds = effective.rows.map(({ row }) => row.id);
  if (query.equipmentId && !lineIds.includes(query.equipmentId)) throw notFound("Equipment line");
  const equipmentIds = query.equipmentId ? [query.equipmentId] : lineIds;
  const logs = (await listLogsOfEquipment(db, { organisationId: scope.organisationId, equipmentIds })).filter(
    (log) => !query.type || log.type === query.type,
  );
  return query.metric === "cost" ? costSeries(logs) : { values: logs.map((log) => log.downtimeHours), unit: "h" };
}

/** Costs are only comparable in one currency: a mix is refused rather than converted at a made-up rate. */
function costSeries(logs: readonly MaintenanceLog[]): Series {
  return { values: logs.map((log) => log.cost), unit: oneCurrency(logs.map((log) => log.currency), "equipment line or type") };
}

function oneCurrency(currencies: readonly string[], narrower: string): string {
  const distinct = [...new Set(currencies)];
  if (distinct.length > 1) {
    throw new AppError("MIXED_CURRENCIES", `The values are in ${distinct.join(" and ")}: choose one ${narrower} whose costs share a currency`, { status: 422 });
  }
  return distinct[0] ?? "";
}

async function loadConsumptionSeries(scope: FitScope, query: FitSeriesQuery): Promise<Series> {
  const db = await getDb();
  const effective = await getEffectiveRows(db, { ...scope, entity: "consumption" });
  if (!effective) throw notFound("Scenario");
  const items = effective.rows.map(({ row }) => row as ConsumptionItem);
  const chosen = query.consumptionItemId ? items.filter((item) => item.lineageId === query.consumptionItemId) : items;
  if (query.consumptionItemId && chosen.length === 0) throw notFound("Consumption item");
  const actuals = await listActualsOfItems(db, { organisationId: scope.organisationId, itemIds: chosen.map((item) => item.id) });
  const unitOfItem = new Map(chosen.map((item) => [item.id, item.unit]));
  // Litres of diesel and kWh of power are not one quantity: a mix of units is refused, not added up.
  const units = [...new Set(actuals.map((actual) => unitOfItem.get(actual.consumptionItemId) ?? ""))];
  if (units.length > 1) {
    throw new AppError("MIXED_UNITS", `The actuals are in ${units.join(" and ")}: choose one consumption item`, { status: 422 });
  }
  const unit = units[0] ?? "";
  if (query.metric === "unit_cost") {
    const currency = oneCurrency(actuals.map((actual) => actual.currency), "consumption item");
    return { values: actuals.map((actual) => actual.unitCost), unit: actuals.length ? `${currency}/${unit}` : "" };
  }
  return { values: actuals.map((actual) => actual.quantity), unit };
}
