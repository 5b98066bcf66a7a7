// The Intl formatters behind every formatting function, created once per set of options and decimal separator.
// Locale: en-GB layout and grouping (1,234.5). Under a decimal comma (issue #15) the same layout is written with
// the separators swapped, as in German, Dutch, Danish or Brazilian use: "1.234,5", "USD 1.234", "12,5 %". A point
// for groups (not a French thin space) because it is what spreadsheets in most decimal-comma locales show, what
// the account page's example promises ("1.234,5"), and what the number parser already reads back under a comma. Negative values carry a leading minus sign (never parentheses) and a value that
// rounds to zero shows no sign ("0", not "-0"), so tables, cards and chart tooltips agree.

export const LOCALE = "en-GB";

/** What every formatter shows for a missing or non-finite value (never "NaN"). */
export const EMPTY = "—";

/** The character that separates the decimals: "." (1,234.5) or "," (1.234,5). */
export type DisplaySeparator = "." | ",";

/** What the formatting functions need of a formatter. */
export type NumberFormatter = { format: (value: number) => string };

const numberFormats = new Map<string, NumberFormatter>();

function withSwappedSeparators(format: Intl.NumberFormat): NumberFormatter {
  const swap = (part: Intl.NumberFormatPart) => (part.type === "decimal" ? "," : part.type === "group" ? "." : part.value);
  return { format: (value) => format.formatToParts(value).map(swap).join("") };
}

export function cachedNumberFormat(options: Intl.NumberFormatOptions, decimal: DisplaySeparator = "."): NumberFormatter {
  const key = `${decimal}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    const intl = new Intl.NumberFormat(LOCALE, { signDisplay: "negative", ...options });
    format = decimal === "." ? intl : withSwappedSeparators(intl);
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
