import type { DbOrTx } from "@/db";
import { listRawSamples } from "@/db/queries/simulation-samples";
import { listRunResults } from "@/db/queries/simulations";
import type { MetricResultOutput } from "@/lib/http/contracts/simulations";
import { fromSampleBytes, inRunMetricOrder, toMetricResultOutput } from "@/lib/simulations/results";
import type { OutCell } from "./csv-write";

// A run's results as flat tables (one header row, then rows), the shape both the CSV and the workbook export
// stream. Non-finite values (no IRR in an iteration) are empty cells.

export type ResultPart = "statistics" | "percentiles" | "histogram" | "samples";
export type RowSource = { header: string[]; rowCount: number; rowAt: (index: number) => OutCell[] };

const num = (value: number | null | undefined): OutCell => (typeof value === "number" && Number.isFinite(value) ? value : null);

export async function loadMetricResults(db: DbOrTx, run: { id: string; manifest: unknown }): Promise<MetricResultOutput[]> {
  return inRunMetricOrder(run.manifest, await listRunResults(db, run.id)).map(toMetricResultOutput);
}

export function statisticsTable(metrics: readonly MetricResultOutput[]): RowSource {
  const header = ["metric", "unit", "count", "non_finite_count", "mean", "sd", "standard_error", "min", "max", "var_level", "var_value", "expected_shortfall", "probability_of_loss"];
  return {
    header,
    rowCount: metrics.length,
    rowAt: (index) => {
      const m = metrics[index] as MetricResultOutput;
      return [m.metric, m.unit, m.count, m.nonFiniteCount, num(m.mean), num(m.sd), num(m.standardError), num(m.min), num(m.max), m.valueAtRisk.level, num(m.valueAtRisk.value), num(m.expectedShortfall.value), num(m.probabilityOfLoss)];
    },
  };
}

export function percentilesTable(metrics: readonly MetricResultOutput[]): RowSource {
  const rows = metrics.flatMap((m) => m.percentiles.map((p): OutCell[] => [m.metric, m.unit, p.percent, num(p.value)]));
  return { header: ["metric", "unit", "percentile", "value"], rowCount: rows.length, rowAt: (index) => rows[index] ?? [] };
}

export function histogramTable(metrics: readonly MetricResultOutput[]): RowSource {
  const rows = metrics.flatMap((m) =>
    m.histogram.counts.map((count, bin): OutCell[] => [m.metric, m.unit, bin, num(m.histogram.edges[bin]), num(m.histogram.edges[bin + 1]), count]),
  );
  return { header: ["metric", "unit", "bin", "bin_start", "bin_end", "count"], rowCount: rows.length, rowAt: (index) => rows[index] ?? [] };
}

/** The kept samples, one column per metric, one row per iteration; undefined when the run kept none. */
export async function samplesTable(
  db: DbOrTx,
  { organisationId, run }: { organisationId: string; run: { id: string; manifest: unknown } },
): Promise<RowSource | undefined> {
  const stored = inRunMetricOrder(run.manifest, await listRawSamples(db, { organisationId, runId: run.id }));
  if (stored.length === 0) return undefined;
  const columns = stored.map((row) => ({ metric: row.metric, values: fromSampleBytes(row.bytes ?? new Uint8Array()) }));
  const rowCount = Math.max(...columns.map((column) => column.values.length));
  return {
    header: ["iteration", ...columns.map((column) => column.metric)],
    rowCount,
    rowAt: (index) => [index + 1, ...columns.map((column) => num(column.values[index]))],
  };
}
