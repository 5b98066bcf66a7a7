import { importExportContracts } from "@/lib/http/contracts/import-export";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { CSV_TYPE, downloadHeaders, isImportKind, templateCsv, templateWorkbook, XLSX_TYPE } from "@/lib/import-export";

// GET /api/templates/{file} – an import template: {kind}.csv, or scenario.xlsx with a sheet per kind
export const GET = handle(importExportContracts.template, async ({ params }) => {
  if (params.file === "scenario.xlsx") {
    return new Response(await templateWorkbook(), { headers: downloadHeaders("calminer-scenario-template.xlsx", XLSX_TYPE) });
  }
  const kind = params.file.replace(/\.csv$/, "");
  if (!isImportKind(kind)) throw notFound("Template");
  return new Response(`\uFEFF${templateCsv(kind)}`, { headers: downloadHeaders(`calminer-${kind}-template.csv`, CSV_TYPE) });
});
