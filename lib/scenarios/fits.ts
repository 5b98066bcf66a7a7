import { MIN_FIT_VALUES, type FitMetric, type FitSource } from "@/lib/domain/fitting";
import type { DistributionSpec } from "@/lib/engine/distributions";
import { fitDistributions, type FitFamily, type PpPoint } from "@/lib/engine/fitting";
import { AppError } from "@/lib/errors";
import { loadFitSeries, type FitScope, type FitSeriesQuery } from "./fit-series";

// Distributions fitted to a scenario's logged data (issue #14): the maintenance logs of its effective equipment
// lines or the consumption actuals of its effective consumption items (./fit-series.ts). Read-only: the caller
// uses a fit by creating a parameter through the ordinary parameter route.

export type { FitScope, FitSeriesQuery };

export type FamilyFit =
  | { family: FitFamily; ok: true; rank: number; parameters: Record<string, number>; spec: DistributionSpec; ksStatistic: number; ksPValue: number; ppPoints: PpPoint[] }
  | { family: FitFamily; ok: false; reason: string };

export type SeriesFits = {
  source: FitSource;
  metric: FitMetric;
  /** "h" for downtime, the logs' currency for cost; the item's unit for quantity, "USD/L" for unit cost. */
  unit: string;
  count: number;
  summary: { mean: number; sd: number; min: number; max: number };
  fits: FamilyFit[];
};

/** P–P points sent per fit: a plot shows no more, and thousands of logs would make the answer megabytes. */
export const MAX_PP_POINTS = 200;

/** At most `max` points, evenly spaced by rank, always keeping the first and the last. */
export function thinPoints<T>(points: readonly T[], max = MAX_PP_POINTS): T[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]).filter((p): p is T => p !== undefined);
}

function summarise(values: readonly number[]): SeriesFits["summary"] {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Every family fitted to the series, ranked by the Kolmogorov–Smirnov statistic (rank 1 = best).
 * @throws AppError NOT_FOUND when the scenario (or the named equipment line or item) is not the organisation's
 * @throws AppError TOO_FEW_VALUES (422) below MIN_FIT_VALUES values; MIXED_CURRENCIES (422) for costs in two
 *   currencies; MIXED_UNITS (422) for consumption actuals of items in different units
 */
export async function fitScenarioSeries(scope: FitScope, query: FitSeriesQuery): Promise<SeriesFits> {
  const { values, unit } = await loadFitSeries(scope, query);
  if (values.length < MIN_FIT_VALUES) {
    throw new AppError("TOO_FEW_VALUES", `Fitting needs at least ${MIN_FIT_VALUES} logged values; the selection has ${values.length}`, { status: 422 });
  }
  let rank = 0;
  const fits = fitDistributions(values).map((outcome): FamilyFit => {
    if (!outcome.ok) return outcome;
    rank += 1;
    const { family, parameters, spec, ksStatistic, ksPValue, ppPoints } = outcome.fit;
    return { family, ok: true, rank, parameters, spec, ksStatistic, ksPValue, ppPoints: thinPoints(ppPoints) };
  });
  return { source: query.source, metric: query.metric, unit, count: values.length, summary: summarise(values), fits };
}
