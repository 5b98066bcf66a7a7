import { z } from "zod";
import { IMPORT_KINDS } from "@/lib/domain/row-kinds";
import { defineContract } from "@/lib/http/contracts/define";
import { booleanFlag } from "@/lib/validation/rows/common";

// Import and export of scenario inputs (CSV per kind, or one workbook), templates, and simulation result exports.
// Layouts and limits: lib/import-export/README.md.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const scenarioParams = z.object({ scenarioId: z.uuid() });
const kindSchema = z.enum(IMPORT_KINDS);

const problemSchema = z.object({
  sheet: z.string(),
  row: z.int().meta({ description: "Spreadsheet row: header = 1, first data row = 2; 0 = the sheet as a whole" }),
  column: z.string(),
  value: z.string().nullable(),
  code: z.string().meta({ description: "required, number, integer, date, enum, uuid, formula, duplicate, rule, …" }),
  rule: z.string().meta({ description: "The rule broken, in words" }),
});
const kindSummarySchema = z.object({
  kind: kindSchema,
  sheet: z.string(),
  rows: z.int(),
  invalidRows: z.int(),
  created: z.int(),
  updated: z.int().meta({ description: "Rows changed; for settings, the settings whose effective value changes" }),
  unchanged: z.int(),
  removed: z.int().meta({ description: "Rows the scenario has today that the file leaves out (the file replaces each kind it holds); 0 for settings" }),
});
export const importPreviewSchema = z
  .object({
    fileName: z.string(),
    format: z.enum(["csv", "xlsx"]),
    scenarioId: z.uuid(),
    scenarioVersion: z.int().meta({ description: "Version the preview was made against; send it back as `version` to commit" }),
    isValid: z.boolean(),
    kinds: z.array(kindSummarySchema),
    problems: z.array(problemSchema).meta({ description: "The first 1000 problems in file order" }),
    problemCount: z.int(),
  })
  .meta({ id: "ImportPreview" });
const commitResultSchema = importPreviewSchema.extend({ committedVersion: z.int() });

export const importQuerySchema = z.object({
  dry_run: booleanFlag.default(true).meta({ description: "true (default): preview only; false: write every row or none" }),
});
/** The multipart fields besides the file (validated by the handler). */
export const importFormSchema = z.object({
  kind: kindSchema.optional(),
  version: z.coerce.number().int().min(1).optional(),
});

export const exportQuerySchema = z
  .object({
    format: z.enum(["csv", "xlsx"]).default("xlsx"),
    kind: kindSchema.optional().meta({ description: "Required with format=csv: the kind of rows" }),
  })
  .refine((query) => query.format === "xlsx" || query.kind !== undefined, { path: ["kind"], message: "Give the kind of rows for a CSV export" });

export const templateParams = z.object({
  file: z
    .string()
    .regex(/^(?:[a-z]+\.csv|scenario\.xlsx)$/, "Use {kind}.csv or scenario.xlsx")
    .meta({ description: `{kind}.csv (${IMPORT_KINDS.join(", ")}) or scenario.xlsx` }),
});

export const simulationExportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"]).default("xlsx"),
  part: z
    .enum(["statistics", "percentiles", "histogram", "samples"])
    .default("statistics")
    .meta({ description: "CSV only: which table (the workbook holds all of them, samples when kept)" }),
});

export const importExportContracts = {
  import: defineContract({
    method: "POST",
    path: "/api/scenarios/{scenarioId}/import",
    summary: "Import scenario inputs from a CSV or .xlsx file (preview, or commit)",
    description: [
      "multipart/form-data with `file` (one CSV, or one .xlsx workbook with a sheet per kind), `kind` (required for a CSV)",
      "and `version` (the scenario's version; required to commit). Kinds:",
      `${IMPORT_KINDS.join(", ")}. Each row kind in the file REPLACES that kind's rows`,
      "(rows left out are removed; in a child scenario, inherited rows left out are removed from the child).",
      "`settings` sets the effective value of every setting it lists (empty = inherit in a child, not set on a root;",
      "a root must stay complete); `correlations` becomes the effective correlation matrix (pairs left out are 0), its",
      "parameters named by row_id as they are once the file's parameters sheet is applied. `price-decks` (one row per",
      "priced year) is matched by deck name in the scenario's organisation: created (audited as POST /api/price-decks),",
      "reused when its terms and prices are equal, a problem when they differ (a deck is never changed); a settings",
      "priceDeckId equal to the sheet's deck_id names that deck.",
      "dry_run=true answers the preview: every problem by sheet, row and column, and rows created, updated, unchanged",
      "and removed per kind; nothing is written. dry_run=false validates again and writes every row of every kind or",
      "none in one transaction, audited as one `import` entry; a file with problems answers 422 with `preview`.",
      "Refused: bodies over IMPORT_MAX_BYTES (413, before reading them), non-UTF-8 or binary CSV, corrupt workbooks,",
      "zip bombs (declared or actual size or ratio over the limits, 413), rows over IMPORT_MAX_ROW_CHARS, files over",
      "IMPORT_MAX_ROWS rows (422). Formula cells are problems naming the cell.",
    ].join(" "),
    tags: ["Import and export"],
    access: "project_manager",
    params: scenarioParams,
    query: importQuerySchema,
    responses: {
      200: { description: "The preview (dry run) or what was written (commit)", schema: z.union([importPreviewSchema, commitResultSchema]) },
    },
    errors: [403, 404, 409, 413, 415, 422],
  }),
  export: defineContract({
    method: "GET",
    path: "/api/scenarios/{scenarioId}/export",
    summary: "Export the scenario's effective inputs in the import templates",
    description: [
      "format=xlsx: one workbook, a sheet per kind (re-importable as is): settings (the EFFECTIVE settings, resolved along",
      "the ancestry), parameters, production, capex, opex, consumption, equipment, maintenance and correlations (the",
      "effective non-zero pairs, by parameter row_id). format=csv&kind=…: one kind. Audited as `export`.",
    ].join(" "),
    tags: ["Import and export"],
    access: "analyst",
    params: scenarioParams,
    query: exportQuerySchema,
    responses: {
      200: { description: "The file (Content-Disposition: attachment)", schema: z.string(), contentType: XLSX },
    },
    errors: [403, 404],
  }),
  template: defineContract({
    method: "GET",
    path: "/api/templates/{file}",
    summary: "Download an import template: {kind}.csv or the scenario.xlsx workbook",
    description: "A header row (units in the headers) and one example row per kind; the workbook documents every column.",
    tags: ["Import and export"],
    access: "viewer",
    params: templateParams,
    responses: { 200: { description: "The template", schema: z.string(), contentType: "text/csv" } },
    errors: [404],
  }),
  simulationExport: defineContract({
    method: "GET",
    path: "/api/simulations/{runId}/export",
    summary: "Export a run's results: statistics, percentiles, histogram and raw samples (when kept)",
    description: "Streamed. format=xlsx: a sheet per table (samples only when the run kept them). format=csv: the table named by `part`.",
    tags: ["Import and export"],
    access: "analyst",
    params: z.object({ runId: z.uuid() }),
    query: simulationExportQuerySchema,
    responses: { 200: { description: "The file (streamed)", schema: z.string(), contentType: XLSX } },
    errors: [403, 404, 409],
  }),
};

export const importExportContractList = Object.values(importExportContracts);
