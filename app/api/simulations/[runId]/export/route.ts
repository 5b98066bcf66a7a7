import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findRunOrganisation, getRun } from "@/db/queries/simulations";
import { importExportContracts } from "@/lib/http/contracts/import-export";
import { AppError, notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { CSV_TYPE, downloadHeaders, XLSX_TYPE } from "@/lib/import-export/download";
import { histogramTable, loadMetricResults, percentilesTable, samplesTable, statisticsTable } from "@/lib/import-export/simulation-tables";
import { csvStream, xlsxStream } from "@/lib/import-export/stream-tables";

// GET /api/simulations/{runId}/export – a finished run's results as a streamed CSV (one table) or workbook
export const GET = handle(importExportContracts.simulationExport, async ({ params, query, user, authorize }) => {
  const db = await getDb();
  const organisationIds = user.memberships.map((membership) => membership.organisationId);
  const organisationId = await findRunOrganisation(db, { organisationIds, runId: params.runId });
  if (!organisationId) throw notFound("Simulation run");
  authorize(organisationId);
  const run = await getRun(db, { organisationId, runId: params.runId });
  if (!run) throw notFound("Simulation run");
  if (run.status !== "succeeded") throw new AppError("CONFLICT", `The run is ${run.status}; only a finished run has results to export`);
  const metrics = await loadMetricResults(db, run.id);
  const samples = query.format === "xlsx" || query.part === "samples" ? await samplesTable(db, run.id) : undefined;
  if (query.format === "csv" && query.part === "samples" && !samples) throw notFound("Raw samples (the run did not keep them)");
  const tables = { statistics: statisticsTable(metrics), percentiles: percentilesTable(metrics), histogram: histogramTable(metrics), samples };
  const stem = `simulation-${run.id.slice(0, 8)}`;
  const fileName = query.format === "csv" ? `${stem}-${query.part}.csv` : `${stem}-results.xlsx`;
  await recordAudit(db, { organisationId, userId: user.id, action: "export", entityType: "simulation_run", entityId: run.id, after: { fileName, format: query.format, part: query.part, rows: samples?.rowCount ?? 0 } });
  if (query.format === "csv") {
    return new Response(csvStream(tables[query.part] ?? tables.statistics), { headers: downloadHeaders(fileName, CSV_TYPE) });
  }
  const sheets = Object.entries(tables).flatMap(([name, table]) => (table ? [{ name, table }] : []));
  return new Response(xlsxStream(sheets), { headers: downloadHeaders(fileName, XLSX_TYPE) });
});
