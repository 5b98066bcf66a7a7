import { formatMoney, formatMoneyMillions, formatNumber, formatRatioAsPercent, formatYears } from "@/app/ui/format";
import type { MetricKey } from "./types";

/** How one metric is named, scaled on chart axes and formatted in tables and tooltips. */
export type MetricDisplay = {
  key: MetricKey;
  /** Short name: "NPV", "IRR". */
  label: string;
  /** The name with its article as read aloud: "an NPV", "an IRR", "a payback". */
  withArticle: string;
  /** Axis title with its unit: "NPV (USD M)", "IRR (%)". */
  axisLabel: string;
  /** Column header with its unit. */
  columnLabel: string;
  /** Engine value (currency, fraction, years) → axis value (millions, percent, years). */
  toAxis: (value: number) => number;
  /** Axis value → engine value. */
  fromAxis: (axisValue: number) => number;
  /** A value for tables and tooltips, with its unit. */
  format: (value: number) => string;
  /** A precise value (rerun comparisons, tables). */
  formatExact: (value: number) => string;
  /** What a non-finite iteration means for this metric. */
  nonFiniteMeaning: string;
};

const NAMES: Record<MetricKey, string> = { npv: "NPV", irr: "IRR", payback: "Payback", discounted_payback: "Discounted payback" };

export function metricName(metric: MetricKey): string {
  return NAMES[metric];
}

/** Display rules of a metric; money in the scenario currency. */
export function metricDisplay(metric: MetricKey, currency: string): MetricDisplay {
  const label = NAMES[metric];
  if (metric === "npv") {
    return {
      key: metric,
      label,
      withArticle: "an NPV",
      axisLabel: `NPV (${currency} M)`,
      columnLabel: `NPV (${currency} M)`,
      toAxis: (value) => value / 1e6,
      fromAxis: (axisValue) => axisValue * 1e6,
      format: (value) => formatMoneyMillions(value, currency),
      formatExact: (value) => formatMoney(value, currency),
      nonFiniteMeaning: "NPV could not be computed",
    };
  }
  if (metric === "irr") {
    return {
      key: metric,
      label,
      withArticle: "an IRR",
      axisLabel: "IRR (%)",
      columnLabel: "IRR (%)",
      toAxis: (value) => value * 100,
      fromAxis: (axisValue) => axisValue / 100,
      format: (value) => formatRatioAsPercent(value, 1),
      formatExact: (value) => formatRatioAsPercent(value, 4),
      nonFiniteMeaning: "no IRR, or several (the cash flows change sign more than once)",
    };
  }
  return {
    key: metric,
    label,
    withArticle: `a ${label.toLowerCase()}`,
    // Payback is counted from the start of period 0 (lib/engine/README.md §3), not from the start of production.
    // Short: Chart.js condenses an axis title wider than the plot (a printed half-page chart is ~90 mm wide).
    axisLabel: `${label} (years from period 0)`,
    columnLabel: `${label} (years from the start of period 0)`,
    toAxis: (value) => value,
    fromAxis: (axisValue) => axisValue,
    format: (value) => formatYears(value),
    formatExact: (value) => `${formatNumber(value, 4)} years`,
    nonFiniteMeaning: "payback never reached within the project life",
  };
}

/** "P5", "P50", "P97.5" from a probability in [0, 1]. */
export function percentileLabel(p: number): string {
  return `P${formatNumber(p * 100, 2)}`;
}

/** The value of a percentile when the run computed it. */
export function percentileValue(percentiles: readonly { p: number; value: number }[], p: number): number | undefined {
  return percentiles.find((entry) => Math.abs(entry.p - p) < 1e-9)?.value;
}
