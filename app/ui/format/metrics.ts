import type { MetricUnit } from "@/lib/domain/reports";
import type { ComparedMetrics } from "@/lib/scenarios/compare";
import { EMPTY, isFiniteNumber, type DisplaySeparator } from "./intl";
import { formatMoney, formatMoneyMillions } from "./money";
import { formatFixed, formatNumber } from "./numbers";
import { formatPercent, formatRate } from "./percent";
import { formatYears } from "./durations";

// Profitability metrics in words: every "no value" case says why instead of showing a blank.

export function formatIrr(irr: ComparedMetrics["irr"]): string {
  if (irr.kind === "unique") return formatRate(irr.rate);
  if (irr.kind === "none") return "No IRR (cash flows never change sign)";
  return `Several: ${irr.rates.map((rate) => formatRate(rate)).join(", ")}`;
}

export function formatPayback(payback: ComparedMetrics["payback"]): string {
  return payback.reached ? formatYears(payback.years) : "Not reached";
}

/** "USD 2.85 per lb", or why there is no break-even price. */
export function formatBreakEven(breakEven: ComparedMetrics["breakEvenPrice"], priceCurrency: string, unit: string | null): string {
  if (breakEven.kind === "found") return `${formatMoney(breakEven.pricePerUnit, priceCurrency, 2)}${unit ? ` per ${unit}` : ""}`;
  return breakEven.reason === "profitable_at_zero_price" ? "Profitable at any price" : "Unprofitable at any price";
}

/** A report value in its unit: money in millions, percent, years or a plain ratio; "—" when absent. */
export function formatMetric(value: number | null | undefined, unit: MetricUnit, currency: string, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(value)) return EMPTY;
  if (unit === "money") return formatMoneyMillions(value, currency, decimal);
  if (unit === "percent") return formatPercent(value, 1, decimal);
  if (unit === "years") return formatYears(value, decimal);
  return formatNumber(value, 2, decimal);
}

/** The unit a report table's heading gives a metric: "USD M", "%", "years"; "" for a ratio. */
export function metricUnitLabel(unit: MetricUnit, currency: string): string {
  if (unit === "money") return `${currency} M`;
  if (unit === "percent") return "%";
  if (unit === "years") return "years";
  return "";
}

/** A metric's figure without its unit, for a column or row whose heading names it (metricUnitLabel). */
export function formatMetricFigure(value: number | null | undefined, unit: MetricUnit): string {
  if (!isFiniteNumber(value)) return EMPTY;
  // Fixed decimals, so a column of figures lines up ("11.0" under "8.7", never "11").
  if (unit === "money") return formatFixed(value / 1e6, 1);
  return formatFixed(value, unit === "ratio" ? 2 : 1);
}

/** "NPV (USD M)", "IRR (%)", "NPV / capex". */
export function metricHeading(label: string, unit: MetricUnit, currency: string): string {
  const unitLabel = metricUnitLabel(unit, currency);
  return unitLabel ? `${label} (${unitLabel})` : label;
}
