import type { OperationsDashboard } from "@/lib/http/contracts/dashboards";
import { daysInMonth } from "./availability";
import { summariseMaintenance } from "./maintenance";

// The date range of an operations dashboard, in WHOLE MONTHS: maintenance is summed per month and the plan per
// calendar year, so a range is widened to the first day of its first month and the last day of its last month.
//
// Why it matters for the cache: only the whole dashboard of a scenario (no range) is cached, one entry per scenario
// (cache-keys.ts); a ranged view is cut from that entry in the process. Any viewer can ask for any of the ~10^10
// from/to pairs the contract allows (1900-01-01 to 2199-12-31); keyed by range, each would have been an entry of
// up to ~150 kB in the shared cache.

/** Calendar dates (YYYY-MM-DD, within the contract's 1900–2199), inclusive; null = unbounded. */
export type OperationsRange = { from: string | null; to: string | null };

/**
 * @param range - dates already validated by the contract (YYYY-MM-DD, from ≤ to)
 * @returns the same range widened to whole months
 * @example normaliseOperationsRange({ from: "2040-01-15", to: "2040-02-03" }) // { from: "2040-01-01", to: "2040-02-29" }
 */
export function normaliseOperationsRange({ from, to }: OperationsRange): OperationsRange {
  const lastDay = (month: string) => `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
  return { from: from ? `${from.slice(0, 7)}-01` : null, to: to ? lastDay(to.slice(0, 7)) : null };
}

export function isWholeRange(range: OperationsRange): boolean {
  return range.from === null && range.to === null;
}

function isWithin(value: string | number, first: string | number | null, last: string | number | null): boolean {
  return (first === null || value >= first) && (last === null || value <= last);
}

/**
 * The dashboard of a whole scenario narrowed to a range: plan periods by calendar year, maintenance logs by month
 * (equipment and fleet figures summed again over the months kept).
 * @param range - whole months (normaliseOperationsRange)
 */
export function narrowOperationsDashboard(whole: OperationsDashboard, range: OperationsRange): OperationsDashboard {
  const fromYear = range.from ? Number(range.from.slice(0, 4)) : null;
  const toYear = range.to ? Number(range.to.slice(0, 4)) : null;
  const inYears = (row: { year: number }) => isWithin(row.year, fromYear, toYear);
  const months = whole.maintenanceByMonth.filter((row) => isWithin(row.month, range.from?.slice(0, 7) ?? null, range.to?.slice(0, 7) ?? null));
  const fleet = whole.equipment.map(({ id, name, equipmentType, quantity, hoursPerYear }) => ({ id, name, equipmentType, quantity, hoursPerYear }));
  return {
    ...whole,
    scope: { ...whole.scope, from: range.from, to: range.to },
    consumption: whole.consumption.filter(inYears),
    production: whole.production.filter(inYears),
    ...summariseMaintenance(months, fleet, range),
  };
}
