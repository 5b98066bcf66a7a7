import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { compareScenariosSchema } from "@/lib/validation/scenario";
import { projectIdParamsSchema } from "@/lib/validation/project";
import { operationsQuerySchema } from "./dashboards";

// Exports of what the comparison and dashboard pages show (issue #15): a workbook with a sheet per table, or one
// table as CSV (`part`). Each answers whoever may see the page it exports, with the page's 404 and 403.
// Layouts: lib/import-export/README.md, "Page exports".

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TAGS = ["Import and export"];
const FILE = { 200: { description: "The file (Content-Disposition: attachment)", schema: z.string(), contentType: XLSX } };
const format = z.enum(["csv", "xlsx"]).default("xlsx");
const part = <const T extends readonly [string, ...string[]]>(parts: T) =>
  z.enum(parts).optional().meta({ description: "CSV only: which table (default the first; the workbook holds all of them)" });

export const OVERVIEW_EXPORT_PARTS = ["projects", "counts", "activity"] as const;
export const PROJECT_DASHBOARD_EXPORT_PARTS = ["scenarios", "base-case", "cash-flow", "opex", "capex"] as const;
export const OPERATIONS_EXPORT_PARTS = ["production", "consumption", "equipment", "maintenance", "fleet"] as const;

/** The compare route's body as a query: the ids comma-separated, in column order. */
const scenarioIdsQuery = z
  .string()
  .transform((ids) => ids.split(",").map((id) => id.trim()).filter(Boolean))
  .pipe(compareScenariosSchema.shape.scenarioIds)
  .meta({ description: "2–6 scenario ids of the project, comma-separated, in column order" });

export const exportContracts = {
  scenarioComparison: defineContract({
    method: "GET",
    path: "/api/projects/{projectId}/scenarios/compare/export",
    summary: "Export a comparison of 2–6 scenarios: metrics, key inputs and settings, a column per scenario",
    description: "The rows of POST /api/projects/{projectId}/scenarios/compare as the compare page shows them, numbers in the unit column's unit. 404 and 422 as that route.",
    tags: TAGS,
    access: "viewer",
    params: projectIdParamsSchema,
    query: z.object({ scenarioIds: scenarioIdsQuery, format }),
    responses: FILE,
    errors: [404, 422],
  }),
  simulationComparison: defineContract({
    method: "GET",
    path: "/api/simulations/compare/export",
    summary: "Export two succeeded runs' summary statistics and percentiles side by side",
    description: "A row per metric and statistic, a column per run (A, then B). 409 when a run has not succeeded; 422 when their scenarios use different currencies.",
    tags: TAGS,
    access: "analyst",
    query: z.object({ a: z.uuid(), b: z.uuid(), format }).refine((q) => q.a !== q.b, { path: ["b"], message: "Choose two different runs" }),
    responses: FILE,
    errors: [403, 404, 409, 422],
  }),
  overview: defineContract({
    method: "GET",
    path: "/api/dashboards/overview/export",
    summary: "Export the overview dashboard's data: base-case NPV per project, counts, recent activity",
    tags: TAGS,
    access: "viewer",
    query: z.object({ format, part: part(OVERVIEW_EXPORT_PARTS) }),
    responses: FILE,
  }),
  projectDashboard: defineContract({
    method: "GET",
    path: "/api/dashboards/projects/{projectId}/export",
    summary: "Export a project dashboard's data: NPV distribution per scenario, the base case's cash flow, opex and capex",
    tags: TAGS,
    access: "viewer",
    params: projectIdParamsSchema,
    query: z.object({ format, part: part(PROJECT_DASHBOARD_EXPORT_PARTS) }),
    responses: FILE,
    errors: [404],
  }),
  operations: defineContract({
    method: "GET",
    path: "/api/dashboards/operations/export",
    summary: "Export the operations dashboard's data: production, consumption, equipment, maintenance by month",
    description: "The same scope and filters as GET /api/dashboards/operations.",
    tags: TAGS,
    access: "viewer",
    query: operationsQuerySchema.safeExtend({ format, part: part(OPERATIONS_EXPORT_PARTS) }),
    responses: FILE,
    errors: [404],
  }),
};

export const exportContractList = Object.values(exportContracts);
