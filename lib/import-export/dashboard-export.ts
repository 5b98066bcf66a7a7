import { readOperationsDashboardJson, type OperationsRequest } from "@/lib/dashboards/operations";
import { readOrganisationOverviewJson } from "@/lib/dashboards/overview";
import { readProjectDashboardJson } from "@/lib/dashboards/project";
import type { OperationsDashboard, OrganisationOverview, ProjectDashboard } from "@/lib/http/contracts/dashboards";
import type { OPERATIONS_EXPORT_PARTS, OVERVIEW_EXPORT_PARTS, PROJECT_DASHBOARD_EXPORT_PARTS } from "@/lib/http/contracts/exports";
import * as tables from "./dashboard-tables";
import type { RunExportFile } from "./simulation-export";
import { tablesFile, type ExportFormat, type ExportTable } from "./table-file";

// GET /api/dashboards/…/export: a dashboard's data as a file, read through the same cache as its JSON (so the file
// and the page show the same figures) and after the same access check. Not audited: a dashboard read is not, and
// an audit row would make the very dashboards it exports stale.

type OverviewPart = (typeof OVERVIEW_EXPORT_PARTS)[number];
type ProjectPart = (typeof PROJECT_DASHBOARD_EXPORT_PARTS)[number];
type OperationsPart = (typeof OPERATIONS_EXPORT_PARTS)[number];
type Choice<Part> = { format: ExportFormat; part?: Part };

export async function exportOverviewDashboard(organisation: { id: string; name: string }, { format, part }: Choice<OverviewPart>): Promise<RunExportFile> {
  const overview = JSON.parse(await readOrganisationOverviewJson({ organisationId: organisation.id })) as OrganisationOverview;
  const sheets: ExportTable<OverviewPart>[] = [
    { part: "projects", sheet: "Base-case NPV by project", table: tables.overviewProjectsTable(overview) },
    { part: "counts", sheet: "Counts", table: tables.overviewCountsTable(overview) },
    { part: "activity", sheet: "Recent activity", table: tables.overviewActivityTable(overview) },
  ];
  return tablesFile({ name: organisation.name, stem: "overview" }, format, sheets, part);
}

/** @throws AppError NOT_FOUND when the project is gone (deleted after its owner was remembered) */
export async function exportProjectDashboard(scope: { organisationId: string; projectId: string }, { format, part }: Choice<ProjectPart>): Promise<RunExportFile> {
  const dashboard = JSON.parse(await readProjectDashboardJson(scope)) as ProjectDashboard;
  const sheets: ExportTable<ProjectPart>[] = [
    { part: "scenarios", sheet: "NPV by scenario", table: tables.projectScenariosTable(dashboard) },
    { part: "base-case", sheet: "Base case", table: tables.baseCaseSummaryTable(dashboard) },
    { part: "cash-flow", sheet: "Base-case cash flow", table: tables.cashFlowTable(dashboard) },
    { part: "opex", sheet: "Base-case opex", table: tables.opexTable(dashboard) },
    { part: "capex", sheet: "Base-case capex", table: tables.capexTable(dashboard) },
  ];
  return tablesFile({ name: dashboard.project.name, stem: "dashboard" }, format, sheets, part);
}

/** @throws AppError NOT_FOUND when the scope's scenario is gone */
export async function exportOperationsDashboard(request: OperationsRequest, { format, part }: Choice<OperationsPart>): Promise<RunExportFile> {
  const dashboard = JSON.parse(await readOperationsDashboardJson(request)) as OperationsDashboard;
  const sheets: ExportTable<OperationsPart>[] = [
    { part: "production", sheet: "Production", table: tables.productionTable(dashboard) },
    { part: "consumption", sheet: "Consumption", table: tables.consumptionTable(dashboard) },
    { part: "equipment", sheet: "Equipment", table: tables.equipmentTable(dashboard) },
    { part: "maintenance", sheet: "Maintenance by month", table: tables.maintenanceTable(dashboard) },
    { part: "fleet", sheet: "Fleet by month", table: tables.fleetTable(dashboard) },
  ];
  const project = dashboard.filters.projects.find((p) => p.id === dashboard.scope.projectId);
  return tablesFile({ name: project?.name ?? "operations", stem: "operations" }, format, sheets, part);
}
