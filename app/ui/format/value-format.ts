import type { DisplaySeparator } from "./intl";
import { formatMoney } from "./money";
import { formatNumber } from "./numbers";
import { formatPercent } from "./percent";

// How a chart formats its values, as data: server components pass it to the client chart components (functions
// cannot cross that boundary).

export type ValueFormat =
  | { kind: "money"; currency: string }
  | { kind: "number"; unit: string; fractionDigits?: number }
  | { kind: "percent" };

/** Tooltip and table text: "USD 1,250,000", "12,000 t", "87.5 %". */
export function formatValue(format: ValueFormat, value: number, decimal: DisplaySeparator = "."): string {
  if (format.kind === "money") return formatMoney(value, format.currency, 0, decimal);
  if (format.kind === "percent") return formatPercent(value, 1, decimal);
  return `${formatNumber(value, format.fractionDigits ?? 2, decimal)} ${format.unit}`;
}

/** Axis ticks, compact: money in millions (the axis title says so), numbers grouped, percentages bare. */
export function formatTick(format: ValueFormat, value: number, decimal: DisplaySeparator = "."): string {
  if (format.kind === "money") return formatNumber(value / 1e6, 1, decimal);
  if (format.kind === "percent") return formatNumber(value, 0, decimal);
  return formatNumber(value, format.fractionDigits ?? 2, decimal);
}

/** The unit an axis title carries: "USD million", "t", "%". */
export function axisUnit(format: ValueFormat): string {
  if (format.kind === "money") return `${format.currency} million`;
  if (format.kind === "percent") return "%";
  return format.unit;
}
