import { formatMoneyMillions, formatNumber, formatPercent, formatYears } from "@/app/ui/format/number";
import type { MetricUnit } from "@/lib/reports/metrics";

/** A report value in its unit; "—" when absent. */
export function formatMetric(value: number | null | undefined, unit: MetricUnit, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (unit === "money") return formatMoneyMillions(value, currency);
  if (unit === "percent") return formatPercent(value);
  if (unit === "years") return formatYears(value);
  return formatNumber(value, 2);
}

export function betterLabel(better: "higher" | "lower"): string {
  return better === "higher" ? "Higher is better" : "Lower is better";
}
