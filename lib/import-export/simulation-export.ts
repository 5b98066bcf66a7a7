import { getDb } from "@/db";
import { getRun } from "@/db/queries/simulations";
import { AppError, notFound } from "@/lib/errors";
import { write } from "@/lib/writes";
import { CSV_TYPE, XLSX_TYPE } from "./download";
import { histogramTable, loadMetricResults, percentilesTable, samplesTable, statisticsTable, type ResultPart } from "./simulation-tables";
import { csvStream, xlsxStream } from "./stream-tables";

// GET /api/simulations/{runId}/export: a finished run's results, streamed (a CSV of one table, or a workbook of
// all of them), audited "export".

export type RunExportFile = { fileName: string; contentType: string; body: ReadableStream<Uint8Array> };

/**
 * @throws AppError NOT_FOUND (run gone, or samples asked for that the run did not keep), CONFLICT (run not finished)
 */
export async function exportSimulationRun(
  actor: { organisationId: string; userId: string; projectId: string; runId: string },
  { format, part }: { format: "csv" | "xlsx"; part: ResultPart },
): Promise<RunExportFile> {
  const { organisationId, userId, projectId, runId } = actor;
  const db = await getDb();
  const run = await getRun(db, { organisationId, runId });
  if (!run) throw notFound("Simulation run");
  if (run.status !== "succeeded") throw new AppError("CONFLICT", `The run is ${run.status}; only a finished run has results to export`);
  const metrics = await loadMetricResults(db, run);
  const samples = format === "xlsx" || part === "samples" ? await samplesTable(db, { organisationId, run }) : undefined;
  if (format === "csv" && part === "samples" && !samples) throw notFound("Raw samples (the run did not keep them)");
  const tables = { statistics: statisticsTable(metrics), percentiles: percentilesTable(metrics), histogram: histogramTable(metrics), samples };
  const stem = `simulation-${run.id.slice(0, 8)}`;
  const fileName = format === "csv" ? `${stem}-${part}.csv` : `${stem}-results.xlsx`;
  await write({ organisationId, userId, projectId }, (w) =>
    w.audit({ action: "export", entityType: "simulation_run", entityId: run.id, after: { fileName, format, part, rows: samples?.rowCount ?? 0 } }),
  );
  if (format === "csv") return { fileName, contentType: CSV_TYPE, body: csvStream(tables[part] ?? tables.statistics) };
  const sheets = Object.entries(tables).flatMap(([name, table]) => (table ? [{ name, table }] : []));
  return { fileName, contentType: XLSX_TYPE, body: xlsxStream(sheets) };
}
