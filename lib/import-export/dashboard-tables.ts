import type { NpvSummary, OperationsDashboard, OrganisationOverview, ProjectDashboard } from "@/lib/http/contracts/dashboards";
import type { OutCell } from "./csv-write";
import type { RowSource } from "./simulation-tables";
import { enumText, rowsTable } from "./table-file";

// The data behind each dashboard's charts and tables, as flat tables: money in the currency its header (or its
// row's Currency column) names, shares in percent, dates as ISO text. A missing figure is an empty cell.

const yesNo = (value: boolean) => (value ? "Yes" : "No");
const percentOf = (share: number | null | undefined) => (typeof share === "number" ? share * 100 : null);

/** The percentile keys ("p5", "p50", …) of every summary, in percent order. */
function percentileKeys(summaries: readonly (NpvSummary | null)[]): string[] {
  const keys = new Set(summaries.flatMap((s) => Object.keys(s?.percentiles ?? {})));
  return [...keys].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

function npvHeader(keys: readonly string[], unit: string): string[] {
  return ["Iterations", `NPV mean (${unit})`, `NPV standard deviation (${unit})`, `NPV minimum (${unit})`, ...keys.map((k) => `NPV ${k.toUpperCase()} (${unit})`), `NPV maximum (${unit})`, "Probability of loss (%)", "Run finished at (UTC)"];
}

function npvCells(npv: NpvSummary | null, keys: readonly string[]): OutCell[] {
  if (!npv) return [null, null, null, null, ...keys.map(() => null), null, null, null];
  return [npv.iterations, npv.mean, npv.sd, npv.min, ...keys.map((k) => npv.percentiles[k] ?? null), npv.max, percentOf(npv.probabilityOfLoss), npv.finishedAt];
}

export function overviewProjectsTable({ projects }: OrganisationOverview): RowSource {
  const keys = percentileKeys(projects.map((p) => p.npv));
  const header = ["Project", "Currency", "Base case", ...npvHeader(keys, "in Currency")];
  return rowsTable(header, projects.map((p) => [p.name, p.currency, p.baseCase?.name ?? null, ...npvCells(p.npv, keys)]));
}

export function overviewCountsTable({ counts }: OrganisationOverview): RowSource {
  const rows: [string, number][] = [
    ["Projects", counts.projects], ["Scenarios", counts.scenarios], ["Active scenarios", counts.activeScenarios],
    ["Simulation runs queued", counts.runsQueued], ["Simulation runs running", counts.runsRunning], ["Simulation runs succeeded", counts.runsSucceeded],
    ["Simulation runs failed", counts.runsFailed], ["Simulation runs cancelled", counts.runsCancelled],
  ];
  return rowsTable(["Item", "Count"], rows);
}

export function overviewActivityTable({ recentActivity }: OrganisationOverview): RowSource {
  const rows = recentActivity.map((a): OutCell[] => [a.at, enumText(a.action), enumText(a.entityType), a.entityName, a.userName]);
  return rowsTable(["At (UTC)", "Action", "Record type", "Record", "By"], rows);
}

export function projectScenariosTable({ scenarios }: ProjectDashboard): RowSource {
  const keys = percentileKeys(scenarios.map((s) => s.npv));
  const header = ["Scenario", "Status", "Base case", "Currency", ...npvHeader(keys, "in Currency")];
  return rowsTable(header, scenarios.map((s) => [s.name, enumText(s.status), yesNo(s.isBaseCase), s.currency, ...npvCells(s.npv, keys)]));
}

export function baseCaseSummaryTable({ baseCase }: ProjectDashboard): RowSource {
  const rows: OutCell[][] = baseCase
    ? [
        ["Base case", baseCase.name, null],
        ["NPV", baseCase.metrics?.npv ?? null, baseCase.currency],
        ["IRR", baseCase.metrics?.irrPct ?? null, "%"],
        ["Payback", baseCase.metrics?.paybackYears ?? null, "years"],
        ["Issue", baseCase.issue, null],
      ]
    : [["Base case", "none", null]];
  return rowsTable(["Item", "Value", "Unit"], rows);
}

export function cashFlowTable({ baseCase }: ProjectDashboard): RowSource {
  const c = baseCase?.currency ?? "";
  const header = ["Period", "Year", `Net smelter return (${c})`, `Royalties (${c})`, `Operating cost (${c})`, `Capital less salvage (${c})`, `Income tax (${c})`, `After-tax cash flow (${c})`, `Cumulative after-tax cash flow (${c})`];
  const rows = (baseCase?.cashFlow ?? []).map((r): OutCell[] => [r.period, r.year, r.netSmelterReturn, r.royalties, r.operatingCost, r.capex, r.incomeTax, r.afterTaxCashFlow, r.cumulativeCashFlow]);
  return rowsTable(header, rows);
}

export function opexTable({ baseCase }: ProjectDashboard): RowSource {
  const c = baseCase?.currency ?? "";
  const periods = baseCase?.opexByPeriod ?? [];
  const categories = [...new Set(periods.flatMap((p) => Object.keys(p.byCategory)))];
  const header = ["Period", "Year", ...categories.map((name) => `${enumText(name) ?? name} (${c})`), `Consumption (${c})`, `Equipment operation (${c})`, `Total operating cost (${c})`];
  const rows = periods.map((p): OutCell[] => [p.period, p.year, ...categories.map((name) => p.byCategory[name] ?? 0), p.consumption, p.equipment, p.total]);
  return rowsTable(header, rows);
}

export function capexTable({ baseCase }: ProjectDashboard): RowSource {
  const c = baseCase?.currency ?? "";
  const rows = (baseCase?.capexByCategory ?? []).map((r): OutCell[] => [enumText(r.category), r.total, r.sharePct]);
  return rowsTable(["Category", `Capital cost (${c})`, "Share (%)"], rows);
}

export function productionTable({ production, gradeUnit }: OperationsDashboard): RowSource {
  const header = ["Period", "Year", "Ore mined (t)", "Waste mined (t)", "Ore processed (t)", `Head grade (${gradeUnit ?? ""})`, "Recovery (%)"];
  return rowsTable(header, production.map((p) => [p.period, p.year, p.oreMinedT, p.wasteMinedT, p.oreProcessedT, p.headGrade, p.recoveryPct]));
}

export function consumptionTable({ consumption, currency }: OperationsDashboard): RowSource {
  const header = ["Resource", "Unit", "Period", "Year", "Quantity (in Unit)", `Cost (${currency ?? ""})`];
  return rowsTable(header, consumption.map((r) => [enumText(r.resourceType), r.unit, r.period, r.year, r.quantity, r.cost]));
}

export function equipmentTable({ equipment, currency }: OperationsDashboard): RowSource {
  const header = ["Equipment", "Type", "Quantity", "Hours per year (h)", `Maintenance cost (${currency ?? ""})`, "Downtime (h)", "Maintenance events", "Availability (%)"];
  return rowsTable(header, equipment.map((e) => [e.name, enumText(e.equipmentType), e.quantity, e.hoursPerYear, e.cost, e.downtimeHours, e.events, e.availabilityPct]));
}

export function maintenanceTable({ maintenanceByMonth, equipment }: OperationsDashboard): RowSource {
  const names = new Map(equipment.map((e) => [e.id, e.name]));
  const header = ["Month", "Equipment", "Currency", "Maintenance cost (in Currency)", "Downtime (h)", "Maintenance events", "Scheduled hours (h)", "Availability (%)"];
  const rows = maintenanceByMonth.map((m): OutCell[] => [m.month, names.get(m.equipmentId) ?? m.equipmentId, m.currency, m.cost, m.downtimeHours, m.events, m.scheduledHours, m.availabilityPct]);
  return rowsTable(header, rows);
}

export function fleetTable({ fleetByMonth, currency }: OperationsDashboard): RowSource {
  const header = ["Month", `Maintenance cost (${currency ?? ""})`, "Downtime (h)", "Scheduled hours (h)", "Availability (%)"];
  return rowsTable(header, fleetByMonth.map((m) => [m.month, m.cost, m.downtimeHours, m.scheduledHours, m.availabilityPct]));
}
