// Fitting distributions to logged data (issue #14): which series a caller may fit, their labels and units, and
// the least number of values a fit needs (the engine refuses fewer: lib/engine/fitting).

/** Where the values come from. Maintenance logs are the only actuals the schema records today. */
export const FIT_SOURCES = ["maintenance"] as const;
export type FitSource = (typeof FIT_SOURCES)[number];

/** Which number of each maintenance log is fitted. */
export const MAINTENANCE_FIT_METRICS = ["downtime_hours", "cost"] as const;
export type MaintenanceFitMetric = (typeof MAINTENANCE_FIT_METRICS)[number];

export const MAINTENANCE_FIT_METRIC_LABELS: Record<MaintenanceFitMetric, string> = {
  downtime_hours: "Downtime per event (h)",
  cost: "Cost per event",
};

export const FIT_FAMILY_LABELS: Record<string, string> = {
  normal: "Normal",
  lognormal: "Lognormal",
  gamma: "Gamma",
  triangular: "Triangular",
  pert: "PERT",
};

/** Fewer values than this: nothing to fit (422 TOO_FEW_VALUES). */
export const MIN_FIT_VALUES = 5;
