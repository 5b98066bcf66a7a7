import { recordAudit } from "@/db/queries/audit";
import { authorizeScenario } from "@/lib/api/rows/scenario-access";
import { importExportContracts } from "@/lib/http/contracts/import-export";
import { handle } from "@/lib/http/handle";
import { CSV_TYPE, downloadHeaders, XLSX_TYPE } from "@/lib/import-export/download";
import { exportFileName, exportScenarioRows } from "@/lib/import-export/export";
import { kindsWorkbook, rowsCsv } from "@/lib/import-export/templates";

// GET /api/scenarios/{scenarioId}/export – the scenario's effective inputs as a workbook, or one kind as CSV
export const GET = handle(importExportContracts.export, async ({ params, query, user, authorize }) => {
  const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
  const kinds = query.format === "csv" && query.kind ? [query.kind] : undefined;
  const { effective, sheets } = await exportScenarioRows(db, { organisationId, scenarioId: params.scenarioId, kinds });
  const isCsv = query.format === "csv";
  const fileName = `${exportFileName(effective.scenario.name, isCsv ? (query.kind ?? "rows") : "inputs")}.${query.format}`;
  const body = isCsv && sheets[0] ? `\uFEFF${rowsCsv(sheets[0])}` : await kindsWorkbook(sheets);
  await recordAudit(db, {
    organisationId,
    userId: user.id,
    action: "export",
    entityType: "scenario",
    entityId: params.scenarioId,
    after: { fileName, format: query.format, rows: Object.fromEntries(sheets.map((sheet) => [sheet.kind, sheet.rows.length])) },
  });
  return new Response(body, { headers: downloadHeaders(fileName, isCsv ? CSV_TYPE : XLSX_TYPE) });
});
