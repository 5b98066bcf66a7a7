import { cachedNumberFormat, digits, EMPTY, isFiniteNumber, type DisplaySeparator } from "./intl";
import { formatNumber } from "./numbers";

/** A number already in percent with fixed decimals: 8 → "8.0 %". Pass a ratio to formatRatioAsPercent instead. */
export function formatPercent(valuePct: number | null | undefined, fractionDigits = 1, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(valuePct)) return EMPTY;
  return `${cachedNumberFormat(digits(fractionDigits), decimal).format(valuePct)} %`;
}

/** A ratio as percent with fixed decimals: 0.1234 → "12.3 %". */
export function formatRatioAsPercent(ratio: number | null | undefined, fractionDigits = 1, decimal: DisplaySeparator = "."): string {
  return isFiniteNumber(ratio) ? formatPercent(ratio * 100, fractionDigits, decimal) : EMPTY;
}

/** A rate already in percent with one or two decimals, as typed: 8 → "8.0 %", 12.345 → "12.35 %". */
export function formatRatePct(valuePct: number | null | undefined, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(valuePct)) return EMPTY;
  return `${cachedNumberFormat(digits(1, 2), decimal).format(valuePct)} %`;
}

/** A rate as a fraction with one or two decimals: 0.1234 → "12.34 %". */
export function formatRate(fraction: number | null | undefined, decimal: DisplaySeparator = "."): string {
  return isFiniteNumber(fraction) ? formatRatePct(fraction * 100, decimal) : EMPTY;
}

/** Progress of a run as the progress bar says it: (0.42, 100000) → "42 % — 42,000 of 100,000 iterations". */
export function formatProgress(progress: number, iterations: number): string {
  const share = Math.min(1, Math.max(0, progress));
  return `${Math.floor(share * 100)} % — ${formatNumber(Math.floor(share * iterations), 0)} of ${formatNumber(iterations, 0)} iterations`;
}
