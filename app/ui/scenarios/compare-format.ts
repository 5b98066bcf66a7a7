import type { ComparedMetrics } from "@/lib/scenario/compare";

type IrrResult = ComparedMetrics["irr"];
type PaybackResult = ComparedMetrics["payback"];
type BreakEvenPrice = ComparedMetrics["breakEvenPrice"];

// Formats of the comparison: money with its currency and thousands separators, percentages with 1–2 decimals,
// years with 1 decimal. A missing or non-finite value is an em dash, never "NaN".

const LOCALE = "en-GB";
export const EMPTY = "—";

const groupedFormats = new Map<string, Intl.NumberFormat>();
function grouped(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let format = groupedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { minimumFractionDigits, maximumFractionDigits });
    groupedFormats.set(key, format);
  }
  return format;
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** "USD 1,250,000" / "-USD 1,250,000"; two decimals for unit prices. */
export function formatMoney(value: number | null | undefined, currency: string, fractionDigits = 0): string {
  if (!isFiniteNumber(value)) return EMPTY;
  const text = grouped(fractionDigits, fractionDigits).format(Math.abs(value));
  return `${value < 0 ? "-" : ""}${currency} ${text}`;
}

/** A percentage already in percent: 8 → "8.0 %", 12.345 → "12.35 %". */
export function formatPct(valuePct: number | null | undefined): string {
  if (!isFiniteNumber(valuePct)) return EMPTY;
  return `${grouped(1, 2).format(valuePct)} %`;
}

/** A rate as a fraction: 0.1234 → "12.34 %". */
export function formatRate(fraction: number | null | undefined): string {
  return isFiniteNumber(fraction) ? formatPct(fraction * 100) : EMPTY;
}

export function formatYears(years: number | null | undefined): string {
  if (!isFiniteNumber(years)) return EMPTY;
  return `${grouped(1, 1).format(years)} years`;
}

export function formatQuantity(value: number | null | undefined, unit: string, maximumFractionDigits = 0): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return `${grouped(0, maximumFractionDigits).format(value)} ${unit}`;
}

export function formatIrr(irr: IrrResult): string {
  if (irr.kind === "unique") return formatRate(irr.rate);
  if (irr.kind === "none") return "No IRR (cash flows never change sign)";
  return `Several: ${irr.rates.map((rate) => formatRate(rate)).join(", ")}`;
}

export function irrValue(irr: IrrResult): number | null {
  return irr.kind === "unique" ? irr.rate : null;
}

export function formatPayback(payback: PaybackResult): string {
  return payback.reached ? formatYears(payback.years) : "Not reached";
}

export function paybackValue(payback: PaybackResult): number | null {
  return payback.reached ? payback.years : null;
}

export function formatBreakEven(breakEven: BreakEvenPrice, priceCurrency: string, unit: string | null): string {
  if (breakEven.kind === "found") return `${formatMoney(breakEven.pricePerUnit, priceCurrency, 2)}${unit ? ` per ${unit}` : ""}`;
  return breakEven.reason === "profitable_at_zero_price" ? "Profitable at any price" : "Unprofitable at any price";
}

const ENUM_LABELS: Record<string, string> = { nsr: "NSR", gross_revenue: "Gross revenue", per_unit: "Per unit", mid_period: "Mid-period" };

/** Enum values such as "end_of_period" → "End of period" (acronyms kept, e.g. NSR). */
export function formatEnum(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const known = ENUM_LABELS[value];
  if (known) return known;
  const text = value.replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
