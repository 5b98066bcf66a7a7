import { getDb } from "@/db";
import { findScenarioPlace, type ScenarioPlace } from "@/db/queries/pages/simulations";
import { getRun } from "@/db/queries/simulations";
import { AppError, notFound } from "@/lib/errors";
import type { MetricResultOutput } from "@/lib/http/contracts/simulations";
import type { OutCell } from "./csv-write";
import type { RunExportFile } from "./simulation-export";
import { loadMetricResults } from "./simulation-tables";
import { finiteOrNull, rowsTable, tablesFile, type ExportFormat } from "./table-file";

// GET /api/simulations/compare/export: what the run comparison page shows of two succeeded runs, as numbers: per
// metric its summary statistics and percentiles, a column per run. IRR is in percent (the engine's fraction × 100),
// as the page shows it. Not audited, like the page: each run's own export is the audited download of its results.

export type ComparedRun = { organisationId: string; runId: string };
type LoadedRun = { place: ScenarioPlace; seed: number; metrics: MetricResultOutput[] };
/** value: in the metric's unit; count: iterations; share: a probability (0–1), written in percent. */
type Statistic = { label: string; value: (m: MetricResultOutput) => number | null; kind?: "value" | "count" | "share" };

const METRIC_NAMES: Record<string, string> = { npv: "NPV", irr: "IRR", payback: "Payback", discounted_payback: "Discounted payback" };

const BEFORE_PERCENTILES: Statistic[] = [
  { label: "Iterations with a value", value: (m) => m.count, kind: "count" },
  { label: "Iterations without a value", value: (m) => m.nonFiniteCount, kind: "count" },
  { label: "Mean", value: (m) => m.mean },
  { label: "Standard deviation", value: (m) => m.sd },
  { label: "Standard error of the mean", value: (m) => m.standardError },
  { label: "Minimum", value: (m) => m.min },
];
const AFTER_PERCENTILES: Statistic[] = [
  { label: "Maximum", value: (m) => m.max },
  { label: "Value at risk", value: (m) => m.valueAtRisk.value },
  { label: "Expected shortfall", value: (m) => m.expectedShortfall.value },
  { label: "Probability of loss", value: (m) => m.probabilityOfLoss, kind: "share" },
];

/** The unit a metric's values are written in, and the factor from the engine's value to it. */
export function metricUnit(metric: string, currency: string): { unit: string; factor: number } {
  if (metric === "npv") return { unit: currency, factor: 1 };
  if (metric === "irr") return { unit: "%", factor: 100 };
  return { unit: "years", factor: 1 };
}

async function loadRun({ organisationId, runId }: ComparedRun): Promise<LoadedRun> {
  const db = await getDb();
  const run = await getRun(db, { organisationId, runId });
  if (!run) throw notFound("Simulation run");
  if (run.status !== "succeeded") throw new AppError("CONFLICT", `The run is ${run.status}; only succeeded runs can be compared`);
  const place = await findScenarioPlace(db, { organisationId, scenarioId: run.scenarioId });
  if (!place) throw notFound("Scenario");
  return { place, seed: run.seed, metrics: await loadMetricResults(db, run) };
}

function metricRows(metric: string, runs: readonly LoadedRun[], currency: string): OutCell[][] {
  const results = runs.map((run) => run.metrics.find((m) => m.metric === metric));
  const { unit, factor } = metricUnit(metric, currency);
  const name = METRIC_NAMES[metric] ?? metric;
  const percents = [...new Set(results.flatMap((m) => m?.percentiles.map((p) => p.percent) ?? []))].sort((x, y) => x - y);
  const percentileRows: Statistic[] = percents.map((percent) => ({ label: `P${percent}`, value: (m) => m.percentiles.find((p) => p.percent === percent)?.value ?? null }));
  const units = { value: { unit, factor }, count: { unit: "iterations", factor: 1 }, share: { unit: "%", factor: 100 } };
  const row = ({ label, value, kind = "value" }: Statistic): OutCell[] => {
    const { unit: cellUnit, factor: scale } = units[kind];
    return [name, label, cellUnit, ...results.map((m) => { const v = m ? finiteOrNull(value(m)) : null; return v === null ? null : v * scale; })];
  };
  const statistics = [...BEFORE_PERCENTILES, ...percentileRows, ...AFTER_PERCENTILES];
  // Probability of loss is stored for the NPV only.
  return statistics.filter((s) => s.kind !== "share" || metric === "npv").map(row);
}

/**
 * @throws AppError NOT_FOUND (a run or its scenario gone), CONFLICT (a run not succeeded), UNPROCESSABLE (the
 * runs' scenarios use different currencies, as the page refuses)
 */
export async function exportRunComparison(runs: readonly [ComparedRun, ComparedRun], format: ExportFormat): Promise<RunExportFile> {
  const loaded = await Promise.all(runs.map(loadRun));
  const currencies = new Set(loaded.map((run) => run.place.currency));
  if (currencies.size > 1) throw new AppError("UNPROCESSABLE", `These runs cannot be compared: their scenarios use different currencies (${[...currencies].join(", ")})`);
  const currency = loaded[0]?.place.currency ?? "";
  const metrics = [...new Set(loaded.flatMap((run) => run.metrics.map((m) => m.metric)))];
  const header = ["Metric", "Statistic", "Unit", ...loaded.map((run, i) => `Run ${i === 0 ? "A" : "B"}: ${run.place.scenarioName}, seed ${run.seed}`)];
  const table = rowsTable(header, metrics.flatMap((metric) => metricRows(metric, loaded, currency)));
  const name = loaded[0]?.place.projectName ?? "simulations";
  return tablesFile({ name, stem: "run-comparison" }, format, [{ part: "statistics", sheet: "Run comparison", table }]);
}
