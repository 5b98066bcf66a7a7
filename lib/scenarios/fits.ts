import { getDb } from "@/db";
import { listLogsOfEquipment } from "@/db/queries/rows/maintenance";
import { getEffectiveRows } from "@/db/queries/rows/row-state";
import type { MaintenanceLog } from "@/db/schema";
import { MIN_FIT_VALUES, type FitSource, type MaintenanceFitMetric } from "@/lib/domain/fitting";
import type { MaintenanceType } from "@/lib/domain/inputs";
import type { DistributionSpec } from "@/lib/engine/distributions";
import { fitDistributions, type FitFamily, type PpPoint } from "@/lib/engine/fitting";
import { AppError, notFound } from "@/lib/errors";

// Distributions fitted to a scenario's logged data (issue #14): the maintenance logs of its effective equipment
// lines (inherited lines included; logs belong to the line's row, see lib/rows/maintenance.ts). Read-only: the
// caller uses a fit by creating a parameter through the ordinary parameter route.

export type FitScope = { organisationId: string; scenarioId: string };

export type FitSeriesQuery = {
  source: FitSource;
  metric: MaintenanceFitMetric;
  /** One equipment line (its row id, as in /api/equipment/{id}/maintenance); omitted: every line. */
  equipmentId?: string;
  type?: MaintenanceType;
};

export type FamilyFit =
  | { family: FitFamily; ok: true; rank: number; parameters: Record<string, number>; spec: DistributionSpec; ksStatistic: number; ksPValue: number; ppPoints: PpPoint[] }
  | { family: FitFamily; ok: false; reason: string };

export type SeriesFits = {
  source: FitSource;
  metric: MaintenanceFitMetric;
  /** "h" for downtime, the logs' currency for cost. */
  unit: string;
  count: number;
  summary: { mean: number; sd: number; min: number; max: number };
  fits: FamilyFit[];
};

type Series = { values: number[]; unit: string };

/** P–P points sent per fit: a plot shows no more, and thousands of logs would make the answer megabytes. */
export const MAX_PP_POINTS = 200;

/** At most `max` points, evenly spaced by rank, always keeping the first and the last. */
export function thinPoints<T>(points: readonly T[], max = MAX_PP_POINTS): T[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]).filter((p): p is T => p !== undefined);
}

async function loadMaintenanceSeries(scope: FitScope, query: FitSeriesQuery): Promise<Series> {
  const db = await getDb();
  const effective = await getEffectiveRows(db, { ...scope, entity: "equipment" });
  if (!effective) throw notFound("Scenario");
  const lineIds = effective.rows.map(({ row }) => row.id);
  if (query.equipmentId && !lineIds.includes(query.equipmentId)) throw notFound("Equipment line");
  const equipmentIds = query.equipmentId ? [query.equipmentId] : lineIds;
  const logs = (await listLogsOfEquipment(db, { organisationId: scope.organisationId, equipmentIds })).filter(
    (log) => !query.type || log.type === query.type,
  );
  return query.metric === "cost" ? costSeries(logs) : { values: logs.map((log) => log.downtimeHours), unit: "h" };
}

/** Costs are only comparable in one currency: a mix is refused rather than converted at a made-up rate. */
function costSeries(logs: readonly MaintenanceLog[]): Series {
  const currencies = [...new Set(logs.map((log) => log.currency))];
  if (currencies.length > 1) {
    throw new AppError("MIXED_CURRENCIES", `The logs are in ${currencies.join(" and ")}: choose one equipment line or type whose costs share a currency`, { status: 422 });
  }
  return { values: logs.map((log) => log.cost), unit: currencies[0] ?? "" };
}

function summarise(values: readonly number[]): SeriesFits["summary"] {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Every family fitted to the series, ranked by the Kolmogorov–Smirnov statistic (rank 1 = best).
 * @throws AppError NOT_FOUND when the scenario (or the named equipment line) is not the organisation's
 * @throws AppError TOO_FEW_VALUES (422) below MIN_FIT_VALUES values; MIXED_CURRENCIES (422) for costs in two currencies
 */
export async function fitScenarioSeries(scope: FitScope, query: FitSeriesQuery): Promise<SeriesFits> {
  const { values, unit } = await loadMaintenanceSeries(scope, query);
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
