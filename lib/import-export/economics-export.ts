import { getScenarioEconomics } from "@/lib/scenarios";
import { write } from "@/lib/writes";
import { CSV_TYPE, XLSX_TYPE } from "./download";
import { ECONOMICS_TABLES, type EconomicsPart } from "./economics-tables";
import { exportFileName } from "./export";
import type { RunExportFile } from "./simulation-export";
import { csvStream, xlsxStream } from "./stream-tables";

// GET /api/scenarios/{id}/economics/export: the economic summary, annual cash flow and sensitivities as a workbook
// (a sheet per table) or one table as CSV; audited "export".

const SHEET_NAMES: Record<EconomicsPart, string> = { summary: "Economic summary", annual: "Annual cash flow", sensitivity: "Sensitivities" };

/**
 * @throws AppError NOT_FOUND (scenario gone), SCENARIO_INPUTS_INVALID (422: its inputs cannot be modelled)
 */
export async function exportScenarioEconomics(
  actor: { organisationId: string; userId: string; projectId: string; scenarioId: string },
  { format, part }: { format: "csv" | "xlsx"; part: EconomicsPart },
): Promise<RunExportFile> {
  const { organisationId, userId, projectId, scenarioId } = actor;
  const economics = await getScenarioEconomics({ organisationId, scenarioId });
  const fileName = `${exportFileName(economics.scenarioName, format === "csv" ? `economics-${part}` : "economics")}.${format}`;
  await write({ organisationId, userId, projectId }, (w) =>
    w.audit({ action: "export", entityType: "scenario", entityId: scenarioId, after: { fileName, format, part: format === "csv" ? part : "all" } }),
  );
  if (format === "csv") return { fileName, contentType: CSV_TYPE, body: csvStream(ECONOMICS_TABLES[part](economics)) };
  const sheets = (Object.keys(ECONOMICS_TABLES) as EconomicsPart[]).map((name) => ({ name: SHEET_NAMES[name], table: ECONOMICS_TABLES[name](economics) }));
  return { fileName, contentType: XLSX_TYPE, body: xlsxStream(sheets) };
}
