// The Intl formatters behind every formatting function, created once per set of options.
// Locale: en-GB grouping (1,234.5). Negative values carry a leading minus sign (never parentheses) and a value that
// rounds to zero shows no sign ("0", not "-0"), so tables, cards and chart tooltips agree.

export const LOCALE = "en-GB";

/** What every formatter shows for a missing or non-finite value (never "NaN"). */
export const EMPTY = "—";

const numberFormats = new Map<string, Intl.NumberFormat>();

export function cachedNumberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { signDisplay: "negative", ...options });
    numberFormats.set(key, format);
  }
  return format;
}

/** A fraction-digit range: exactly `digits`, or from `min` to `max`. */
export function digits(min: number, max = min): Intl.NumberFormatOptions {
  return { minimumFractionDigits: min, maximumFractionDigits: max };
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
