import type { NewRunResult } from "@/db/queries/simulations";
import type { ConvergenceJson, HistogramJson, MetricStatisticsJson, SCurveJson, SensitivityJson, SimulationResult } from "@/db/schema";
import type { MetricResult, MonteCarloMetric, MonteCarloResult, SensitivityResult } from "@/lib/engine/monte-carlo";
import type { MetricResultOutput, SensitivityOutput } from "@/lib/http/contracts/simulations";
import { decodeNonFinite, encodeNonFinite, type Encoded } from "./non-finite";
import { toMetricNumbers, toSensitivityNumbers, type MetricNumbers } from "./result-numbers";

// The engine's result → simulation_results rows, and → the API's answer. Rows hold the engine's numbers with
// non-finite values encoded (non-finite.ts). The API's answer is encoded once from the numbers: straight from the
// engine's result for a run answered in its request, from the decoded rows for a stored run (result-numbers.ts
// rebuilds both key by key, so they are the same JSON text). Its `nonFinite` paths are relative to the object the
// client reads.

/** A percentile's key: probability 0.05 → "p5", 0.975 → "p97.5". */
export function percentileKey(probability: number): string {
  return `p${percentOf(probability)}`;
}

/** Probability → percent, rounded to 12 significant digits (0.05 → 5, not 5.000000000000001). */
export function percentOf(probability: number): number {
  return Number((probability * 100).toPrecision(12));
}

type Statistics = Omit<MetricStatisticsJson, "nonFinite"> & { expectedShortfall: { level: number; value: number } };

function toStatistics(m: MetricResult): Statistics {
  return {
    count: m.count,
    nonFiniteCount: m.nonFiniteCount,
    mean: m.mean,
    sd: m.sd,
    min: m.min,
    max: m.max,
    standardError: m.standardError,
    percentiles: Object.fromEntries(m.percentiles.map(({ p, value }) => [percentileKey(p), value])),
    valueAtRisk: m.valueAtRisk,
    expectedShortfall: { level: m.valueAtRisk.level, value: m.expectedShortfall },
    probabilityOfLoss: m.probabilityOfLoss,
    unit: m.unit,
    quantileMethod: m.quantileMethod,
  };
}

function encodeDocument<T extends object>(doc: T): Encoded<T> & { nonFinite: Record<string, "NaN" | "Infinity" | "-Infinity"> } {
  const { value, nonFinite } = encodeNonFinite(doc);
  return { ...(value as object), nonFinite } as Encoded<T> & { nonFinite: typeof nonFinite };
}

function toSampleBytes(values: Float64Array | undefined): Uint8Array | null {
  if (!values) return null;
  // Little-endian float64: every platform Node runs on here is little-endian.
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice();
}

/** One row per metric; the run's sensitivity goes on the first metric's row. */
export function toResultRows(result: MonteCarloResult): NewRunResult[] {
  return result.metrics.map((m, index) => ({
    metric: m.metric,
    statistics: encodeDocument(toStatistics(m)) as unknown as MetricStatisticsJson,
    histogram: encodeDocument(m.histogram) as HistogramJson,
    sCurve: encodeDocument({ points: m.sCurve }) as SCurveJson,
    convergence: encodeDocument({ points: m.convergence }) as ConvergenceJson,
    sensitivity: index === 0 ? (encodeDocument(result.sensitivity) as unknown as SensitivityJson) : null,
    rawSamples: toSampleBytes(result.samples?.[m.metric]),
  }));
}

export type StoredResultRow = Omit<SimulationResult, "rawSamples"> & { hasSamples: boolean };

function decodeDocument<T>(doc: unknown): T {
  const { nonFinite, ...rest } = (doc ?? {}) as { nonFinite?: Record<string, "NaN" | "Infinity" | "-Infinity"> };
  return decodeNonFinite<T>(rest as Encoded<T>, nonFinite);
}

function toMetricOutput(numbers: MetricNumbers): MetricResultOutput {
  const { value, nonFinite } = encodeNonFinite(numbers);
  return { ...value, nonFinite } as MetricResultOutput;
}

function toSensitivityOutputOf(sensitivity: SensitivityResult): SensitivityOutput {
  const { value, nonFinite } = encodeNonFinite(toSensitivityNumbers(sensitivity));
  return { ...value, nonFinite } as SensitivityOutput;
}

/**
 * Stored result rows in the order the run's spec listed its metrics (npv, irr, payback…), the order a user chose and
 * sees in the API, the reports and the exports alike; a metric the spec does not list goes last.
 */
export function inRunMetricOrder<Row extends { metric: string }>(manifest: unknown, rows: readonly Row[]): Row[] {
  const metrics: readonly string[] = (manifest as { spec?: { metrics?: string[] } } | null)?.spec?.metrics ?? [];
  const rank = (metric: string) => (metrics.includes(metric) ? metrics.indexOf(metric) : metrics.length);
  return [...rows].sort((a, b) => rank(a.metric) - rank(b.metric));
}

/** A stored row → the API's metric result (numbers decoded, then encoded relative to the answer). */
export function toMetricResultOutput(row: StoredResultRow): MetricResultOutput {
  const stats = decodeDocument<Statistics>(row.statistics);
  const histogram = decodeDocument<{ edges?: number[]; counts?: number[] }>(row.histogram);
  return toMetricOutput(
    toMetricNumbers({
      ...stats,
      metric: row.metric as MonteCarloMetric,
      unit: stats.unit ?? "",
      standardError: stats.standardError ?? Number.NaN,
      percentiles: Object.entries(stats.percentiles).map(([key, value]) => ({ key, percent: Number(key.slice(1)), value })),
      valueAtRisk: stats.valueAtRisk ?? { level: 0.05, value: Number.NaN },
      probabilityOfLoss: stats.probabilityOfLoss ?? null,
      histogram: { edges: histogram.edges ?? [], counts: histogram.counts ?? [] },
      sCurve: decodeDocument<{ points?: MetricResult["sCurve"] }>(row.sCurve).points ?? [],
      convergence: decodeDocument<{ points?: MetricResult["convergence"] }>(row.convergence).points ?? [],
      quantileMethod: stats.quantileMethod ?? "exact",
      hasSamples: row.hasSamples,
    }),
  );
}

/** The run's sensitivity from whichever row holds it; null when none does. */
export function toSensitivityOutput(rows: readonly StoredResultRow[]): SensitivityOutput | null {
  const stored = rows.find((r) => r.sensitivity !== null)?.sensitivity;
  return stored ? toSensitivityOutputOf(decodeDocument<SensitivityResult>(stored)) : null;
}

/** A fresh result → the API's results, as toMetricResultOutput / toSensitivityOutput give them once it is stored. */
export function toFreshResultOutputs(result: MonteCarloResult): { results: MetricResultOutput[]; sensitivity: SensitivityOutput | null } {
  const results = result.metrics.map((m) =>
    toMetricOutput(
      toMetricNumbers({
        ...m,
        percentiles: m.percentiles.map(({ p, value }) => ({ key: percentileKey(p), percent: percentOf(p), value })),
        expectedShortfall: { level: m.valueAtRisk.level, value: m.expectedShortfall },
        hasSamples: result.samples?.[m.metric] !== undefined,
      }),
    ),
  );
  // The sensitivity is stored on the first metric's row: a run without metrics has none to read back.
  return { results, sensitivity: results.length > 0 ? toSensitivityOutputOf(result.sensitivity) : null };
}

/** Stored samples → Float64Array (a copy, aligned). */
export function fromSampleBytes(bytes: Uint8Array): Float64Array {
  const copy = bytes.slice();
  return new Float64Array(copy.buffer, copy.byteOffset, copy.byteLength / 8);
}
