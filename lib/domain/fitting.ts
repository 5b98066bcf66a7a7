// Fitting distributions to logged data (issue #14): which series a caller may fit, their labels and units, and
// the least number of values a fit needs (the engine refuses fewer: lib/engine/fitting).

/** Where the values come from: maintenance logs of equipment lines, or consumption actuals of consumption items. */
export const FIT_SOURCES = ["maintenance", "consumption"] as const;
export type FitSource = (typeof FIT_SOURCES)[number];

export const FIT_SOURCE_LABELS: Record<FitSource, string> = {
  maintenance: "Maintenance logs",
  consumption: "Consumption actuals",
};

/** Which number of each maintenance log is fitted. */
export const MAINTENANCE_FIT_METRICS = ["downtime_hours", "cost"] as const;
export type MaintenanceFitMetric = (typeof MAINTENANCE_FIT_METRICS)[number];

export const MAINTENANCE_FIT_METRIC_LABELS: Record<MaintenanceFitMetric, string> = {
  downtime_hours: "Downtime per event (h)",
  cost: "Cost per event",
};

/** Which number of each consumption actual is fitted: quantity per period (item's unit) or unit cost paid. */
export const CONSUMPTION_FIT_METRICS = ["quantity", "unit_cost"] as const;
export type ConsumptionFitMetric = (typeof CONSUMPTION_FIT_METRICS)[number];

export const CONSUMPTION_FIT_METRIC_LABELS: Record<ConsumptionFitMetric, string> = {
  quantity: "Quantity per period",
  unit_cost: "Unit cost",
};

/** Every metric, and the metrics (first = default) of each source. */
export const FIT_METRICS = [...MAINTENANCE_FIT_METRICS, ...CONSUMPTION_FIT_METRICS] as const;
export type FitMetric = (typeof FIT_METRICS)[number];
export const FIT_METRICS_OF_SOURCE: Record<FitSource, readonly FitMetric[]> = {
  maintenance: MAINTENANCE_FIT_METRICS,
  consumption: CONSUMPTION_FIT_METRICS,
};
export const DEFAULT_FIT_METRIC: Record<FitSource, FitMetric> = { maintenance: "downtime_hours", consumption: "quantity" };
export const FIT_METRIC_LABELS: Record<FitMetric, string> = { ...MAINTENANCE_FIT_METRIC_LABELS, ...CONSUMPTION_FIT_METRIC_LABELS };

export const FIT_FAMILY_LABELS: Record<string, string> = {
  normal: "Normal",
  lognormal: "Lognormal",
  gamma: "Gamma",
  triangular: "Triangular",
  pert: "PERT",
};

/** Fewer values than this: nothing to fit (422 TOO_FEW_VALUES). */
export const MIN_FIT_VALUES = 5;
