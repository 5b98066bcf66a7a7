import type { DbOrTx } from "@/db";
import { findSucceededRun, listRunResults } from "@/db/queries/simulations";
import type { SimulationRun } from "@/db/schema";
import type { MetricResultOutput, SensitivityOutput } from "@/lib/http/contracts/simulations";
import { inRunMetricOrder, toMetricResultOutput, toSensitivityOutput } from "@/lib/simulations/results";

// The Monte Carlo side of reports: a scenario's latest finished run (or a chosen one), its percentiles and the
// sensitivity of its NPV to the stochastic inputs (the tornado).

export type RunResults = { run: SimulationRun; metrics: MetricResultOutput[]; sensitivity: SensitivityOutput | null };

/** The chosen run of the scenario, or its latest succeeded run; undefined when it has none. */
export async function loadRunResults(
  db: DbOrTx,
  { organisationId, scenarioId, runId }: { organisationId: string; scenarioId: string; runId?: string },
): Promise<RunResults | undefined> {
  const run = await findSucceededRun(db, { organisationId, scenarioId, runId });
  if (!run) return undefined;
  const rows = await listRunResults(db, run.id);
  return { run, metrics: inRunMetricOrder(run.manifest, rows).map(toMetricResultOutput), sensitivity: toSensitivityOutput(rows) };
}

/** The metric's value at probability p (0–1): the stored percentile, else read off the S-curve. */
export function percentileAt(result: MetricResultOutput, p: number): number | null {
  const exact = result.percentiles.find((entry) => Math.abs(entry.percent - p * 100) < 1e-9);
  if (exact) return exact.value;
  const points = result.sCurve.filter((point): point is { probability: number; value: number } => point.value !== null);
  const above = points.findIndex((point) => point.probability >= p);
  if (above <= 0) return above === 0 ? (points[0]?.value ?? null) : null;
  const low = points[above - 1] as { probability: number; value: number };
  const high = points[above] as { probability: number; value: number };
  const t = (p - low.probability) / Math.max(high.probability - low.probability, 1e-12);
  return low.value + t * (high.value - low.value);
}

export type P10P50P90 = { p10: number | null; p50: number | null; p90: number | null };

export function tenFiftyNinety(result: MetricResultOutput | undefined): P10P50P90 | null {
  if (!result) return null;
  return { p10: percentileAt(result, 0.1), p50: percentileAt(result, 0.5), p90: percentileAt(result, 0.9) };
}
