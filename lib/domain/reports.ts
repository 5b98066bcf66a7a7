// The metrics reports show, each with its unit and the direction of "better": higher NPV, IRR, MIRR and NPV/capex
// are better; a shorter payback and a smaller initial capex are better. Shared by the report services and the
// report views (the browser); lib/domain imports nothing, so the engine's metrics are restated by shape below.

export type ReportMetricKey = "npv" | "irr" | "mirr" | "payback" | "discountedPayback" | "npvToCapex" | "initialCapex";
export type MetricUnit = "money" | "percent" | "years" | "ratio";
export type ReportMetric = { key: ReportMetricKey; label: string; unit: MetricUnit; better: "higher" | "lower" };

export const REPORT_METRICS: readonly ReportMetric[] = [
  { key: "npv", label: "NPV", unit: "money", better: "higher" },
  { key: "irr", label: "IRR", unit: "percent", better: "higher" },
  { key: "mirr", label: "MIRR", unit: "percent", better: "higher" },
  { key: "payback", label: "Payback", unit: "years", better: "lower" },
  { key: "discountedPayback", label: "Discounted payback", unit: "years", better: "lower" },
  { key: "npvToCapex", label: "NPV / capex", unit: "ratio", better: "higher" },
  { key: "initialCapex", label: "Initial capex", unit: "money", better: "lower" },
];

export type MetricValues = Record<ReportMetricKey, number | null>;

type Payback = { reached: true; years: number } | { reached: false };

/** The part of the engine's deterministic metrics (lib/engine/model ModelMetrics) a report reads. */
export type ReportMetricsSource = {
  npv: number;
  irr: { kind: "unique"; rate: number } | { kind: "none" } | { kind: "multiple"; rates: number[] };
  mirr: number;
  payback: Payback;
  discountedPayback: Payback;
  npvToCapex: number;
  initialCapex: number;
};

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** The report's numbers from the engine's metrics: IRR and MIRR in percent, payback in years (null when never). */
export function toMetricValues(metrics: ReportMetricsSource): MetricValues {
  return {
    npv: finite(metrics.npv),
    irr: metrics.irr.kind === "unique" ? finite(metrics.irr.rate * 100) : null,
    mirr: finite(metrics.mirr * 100),
    payback: metrics.payback.reached ? metrics.payback.years : null,
    discountedPayback: metrics.discountedPayback.reached ? metrics.discountedPayback.years : null,
    npvToCapex: finite(metrics.npvToCapex),
    initialCapex: finite(metrics.initialCapex),
  };
}

export type MetricSpread = { best: number | null; bestIndex: number; worst: number | null; worstIndex: number; average: number | null };

/** Best, worst (by the metric's direction) and average of the values present; indexes point into `values`. */
export function spreadOf(values: readonly (number | null)[], better: ReportMetric["better"]): MetricSpread {
  const present = values.flatMap((value, index) => (value === null ? [] : [{ value, index }]));
  if (present.length === 0) return { best: null, bestIndex: -1, worst: null, worstIndex: -1, average: null };
  const sorted = [...present].sort((a, b) => (better === "higher" ? b.value - a.value : a.value - b.value));
  const best = sorted[0] as { value: number; index: number };
  const worst = sorted[sorted.length - 1] as { value: number; index: number };
  const average = present.reduce((sum, entry) => sum + entry.value, 0) / present.length;
  return { best: best.value, bestIndex: best.index, worst: worst.value, worstIndex: worst.index, average };
}
