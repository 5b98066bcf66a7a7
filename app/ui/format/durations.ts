import { cachedNumberFormat, digits, EMPTY, isFiniteNumber, type DisplaySeparator } from "./intl";
import { formatNumber } from "./numbers";

/** Years with one decimal: 5.25 → "5.3 years". */
export function formatYears(years: number | null | undefined, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(years)) return EMPTY;
  return `${cachedNumberFormat(digits(1), decimal).format(years)} years`;
}

/** A run's duration from milliseconds: 850 → "0.85 s", 61000 → "1 min 1 s". */
export function formatDuration(durationMs: number | null): string {
  if (durationMs === null || !Number.isFinite(durationMs)) return EMPTY;
  if (durationMs < 60_000) return `${formatNumber(durationMs / 1000, durationMs < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(durationMs / 60_000);
  return `${minutes} min ${Math.round((durationMs % 60_000) / 1000)} s`;
}
