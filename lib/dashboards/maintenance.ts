import type { DbOrTx } from "@/db";
import {
  listEffectiveEquipment,
  sumMaintenanceLogsByMonth,
  type DateRange,
  type FleetMachineRow,
  type MaintenanceMonthRow,
} from "@/db/queries/dashboards/maintenance";
import type { ScenarioRef } from "@/db/queries/dashboards/operations-plan";
import type { MaintenanceMonth, OperationsDashboard } from "@/lib/http/contracts/dashboards";
import { availabilityPct, monthsBetween, scheduledHoursInMonth } from "./availability";

// The actual side of the operations dashboard: maintenance logs of the scenario's effective equipment, summed per
// machine, month and currency in SQL; availability is derived from the sums here (see availability.ts).

export type MaintenanceFigures = Pick<OperationsDashboard, "equipment" | "maintenanceByMonth" | "fleetByMonth">;

function toMonths(rows: MaintenanceMonthRow[], fleet: Map<string, FleetMachineRow>): MaintenanceMonth[] {
  return rows.map((row) => {
    const machine = fleet.get(row.equipmentId);
    const scheduledHours = machine ? scheduledHoursInMonth(machine.hoursPerYear * machine.quantity, row.month) : 0;
    return {
      month: row.month,
      equipmentId: row.equipmentId,
      currency: row.currency,
      cost: row.cost,
      downtimeHours: row.downtimeHours,
      events: row.events,
      scheduledHours,
      availabilityPct: availabilityPct(row.downtimeHours, scheduledHours),
    };
  });
}

// Logged costs are stored to 1/100 of a cent and downtime to 1e-8 h (db/schema/columns.ts): summed as integers of
// those units they stay exact (float sums of 402 logs gave 6297048.449999998 and 3929.0000000000005).
const MONEY_UNITS_PER_CURRENCY_UNIT = 1e4;
const HOUR_UNITS_PER_HOUR = 1e8;

function sumExactly(values: readonly number[], unitsPerOne: number): number {
  return values.reduce((sum, value) => sum + Math.round(value * unitsPerOne), 0) / unitsPerOne;
}

function sumMoney(entries: readonly { cost: number }[]): number {
  return sumExactly(entries.map((entry) => entry.cost), MONEY_UNITS_PER_CURRENCY_UNIT);
}

function sumDowntimeHours(entries: readonly { downtimeHours: number }[]): number {
  return sumExactly(entries.map((entry) => entry.downtimeHours), HOUR_UNITS_PER_HOUR);
}

function summariseFleet(months: MaintenanceMonth[], span: string[], fleet: FleetMachineRow[]): MaintenanceFigures["fleetByMonth"] {
  const fleetHoursPerYear = fleet.reduce((sum, machine) => sum + machine.hoursPerYear * machine.quantity, 0);
  return span.map((month) => {
    const ofMonth = months.filter((entry) => entry.month === month);
    const downtimeHours = sumDowntimeHours(ofMonth);
    const scheduledHours = scheduledHoursInMonth(fleetHoursPerYear, month);
    return { month, cost: sumMoney(ofMonth), downtimeHours, scheduledHours, availabilityPct: availabilityPct(downtimeHours, scheduledHours) };
  });
}

function summariseEquipment(months: MaintenanceMonth[], span: string[], fleet: FleetMachineRow[]): MaintenanceFigures["equipment"] {
  return fleet.map((machine) => {
    const ofMachine = months.filter((entry) => entry.equipmentId === machine.id);
    const downtimeHours = sumDowntimeHours(ofMachine);
    const scheduledHours = span.reduce((sum, month) => sum + scheduledHoursInMonth(machine.hoursPerYear * machine.quantity, month), 0);
    return {
      ...machine,
      cost: sumMoney(ofMachine),
      downtimeHours,
      events: ofMachine.reduce((sum, entry) => sum + entry.events, 0),
      availabilityPct: span.length > 0 ? availabilityPct(downtimeHours, scheduledHours) : null,
    };
  });
}

/**
 * Per equipment item and for the fleet per month, from the monthly sums `months` (ordered by month). The span of
 * months is from..to when given, else the first to the last month with a log.
 * @param range - whole months (operations-range.ts); `months` must already lie within it
 */
export function summariseMaintenance(months: MaintenanceMonth[], fleet: FleetMachineRow[], range: DateRange): MaintenanceFigures {
  const first = range.from?.slice(0, 7) ?? months[0]?.month;
  const last = range.to?.slice(0, 7) ?? months.at(-1)?.month;
  const span = first && last ? monthsBetween(first, last) : [];
  return { equipment: summariseEquipment(months, span, fleet), maintenanceByMonth: months, fleetByMonth: summariseFleet(months, span, fleet) };
}

/** Maintenance cost, downtime and availability of every log of the scenario's effective equipment (no range). */
export async function loadMaintenanceFigures(db: DbOrTx, ref: ScenarioRef): Promise<MaintenanceFigures> {
  const fleet = await listEffectiveEquipment(db, ref);
  const equipmentIds = fleet.map((machine) => machine.id);
  const whole: DateRange = { from: null, to: null };
  const rows = await sumMaintenanceLogsByMonth(db, { organisationId: ref.organisationId, equipmentIds, range: whole });
  const months = toMonths(rows, new Map(fleet.map((machine) => [machine.id, machine])));
  return summariseMaintenance(months, fleet, whole);
}
