import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { compareScenariosSchema } from "@/lib/validation/scenario";
import { projectIdParamsSchema } from "@/lib/validation/project";

// Exports of what the comparison and dashboard pages show (issue #15): a workbook with a sheet per table, or one
// table as CSV (`part`). Each answers whoever may see the page it exports, with the page's 404 and 403.
// Layouts: lib/import-export/README.md, "Page exports".

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TAGS = ["Import and export"];
const FILE = { 200: { description: "The file (Content-Disposition: attachment)", schema: z.string(), contentType: XLSX } };
const format = z.enum(["csv", "xlsx"]).default("xlsx");
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
};

export const exportContractList = Object.values(exportContracts);
