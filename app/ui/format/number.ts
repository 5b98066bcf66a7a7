// Number, money and percent formatting shared by the scenario editor, planners and charts.
// Negative amounts always carry a leading minus sign (never parentheses), so tables, cards and chart tooltips agree;
// a value that rounds to zero shows no sign ("USD 0", not "-USD 0").
// Locale: en-GB grouping (1,234.5); the engine's figures are float64 and are rounded here for display only.

const LOCALE = "en-GB";
const EMPTY = "—";

const numberFormats = new Map<string, Intl.NumberFormat>();

function cachedFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { signDisplay: "negative", ...options });
    numberFormats.set(key, format);
  }
  return format;
}

function isPresent(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/**
 * A plain number with grouping, e.g. 12000000 → "12,000,000".
 * @param maximumFractionDigits - decimals shown at most (trailing zeros dropped)
 */
export function formatNumber(value: number | null | undefined, maximumFractionDigits = 2): string {
  if (!isPresent(value)) return EMPTY;
  return cachedFormat(`n${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/**
 * A money amount in an ISO-4217 currency, whole units, e.g. formatMoney(-1250000, "USD") → "-USD 1,250,000".
 * @param fractionDigits - decimals (0 for cash-flow tables, 2 for unit costs)
 */
export function formatMoney(value: number | null | undefined, currency: string, fractionDigits = 0): string {
  if (!isPresent(value)) return EMPTY;
  return cachedFormat(`m${currency}${fractionDigits}`, {
    style: "currency",
    currency,
    currencyDisplay: "code",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A money amount in millions with one decimal: formatMoneyMillions(-1250000, "USD") → "-USD 1.3 M". */
export function formatMoneyMillions(value: number | null | undefined, currency: string): string {
  if (!isPresent(value)) return EMPTY;
  const millions = cachedFormat("mm", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 1e6);
  return millions.startsWith("-") ? `-${currency} ${millions.slice(1)} M` : `${currency} ${millions} M`;
}

/** A number already in percent (8 → "8.0 %"); pass a ratio through formatRatioAsPercent instead. */
export function formatPercent(valuePct: number | null | undefined, fractionDigits = 1): string {
  if (!isPresent(valuePct)) return EMPTY;
  const text = cachedFormat(`p${fractionDigits}`, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(valuePct);
  return `${text} %`;
}

/** A ratio as percent: 0.1234 → "12.3 %". */
export function formatRatioAsPercent(ratio: number | null | undefined, fractionDigits = 1): string {
  return isPresent(ratio) ? formatPercent(ratio * 100, fractionDigits) : EMPTY;
}

/** Years with one decimal: 5.25 → "5.3 years". */
export function formatYears(years: number | null | undefined): string {
  if (!isPresent(years)) return EMPTY;
  return `${cachedFormat("y", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(years)} years`;
}

/** Humanises an enum value: "g_and_a" → "G&A", "per_tonne_mined" → "Per tonne mined". */
export function formatEnumLabel(value: string): string {
  const special: Record<string, string> = { g_and_a: "G&A", nsr: "NSR", pct: "%", g_per_t: "g/t", ppm: "ppm" };
  const known = special[value];
  if (known) return known;
  const words = value.replaceAll("_", " ").replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
