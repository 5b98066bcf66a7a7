import { cachedNumberFormat, digits, EMPTY, isFiniteNumber, type DisplaySeparator } from "./intl";

/**
 * A plain number with grouping, trailing zeros dropped.
 * @param maximumFractionDigits - decimals shown at most
 * @example formatNumber(12000000) // "12,000,000"
 */
export function formatNumber(value: number | null | undefined, maximumFractionDigits = 2, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return cachedNumberFormat({ maximumFractionDigits }, decimal).format(value);
}

/**
 * A number with exactly `fractionDigits` decimals, for a column of figures that must line up.
 * @example formatFixed(0.5, 3) // "0.500"
 */
export function formatFixed(value: number | null | undefined, fractionDigits: number, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return cachedNumberFormat(digits(fractionDigits), decimal).format(value);
}

/**
 * A number with its unit: formatQuantity(12000, "t") → "12,000 t".
 * @param maximumFractionDigits - decimals shown at most
 */
export function formatQuantity(value: number | null | undefined, unit: string, maximumFractionDigits = 0, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return `${formatNumber(value, maximumFractionDigits, decimal)} ${unit}`;
}

/** A ratio of two amounts with two decimals: 1.5 → "1.50×" (NPV per unit of capex). */
export function formatMultiple(value: number | null | undefined, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return `${cachedNumberFormat({ ...digits(2), useGrouping: false }, decimal).format(value)}×`;
}
