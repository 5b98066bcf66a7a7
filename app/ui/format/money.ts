import { cachedNumberFormat, digits, EMPTY, isFiniteNumber, type DisplaySeparator } from "./intl";

/**
 * A money amount in an ISO-4217 currency, e.g. formatMoney(-1250000, "USD") → "-USD 1,250,000" (the code and the
 * number are joined by a no-break space, so they never wrap apart).
 * @param fractionDigits - decimals (0 for cash-flow tables, 2 for unit prices)
 */
export function formatMoney(value: number | null | undefined, currency: string, fractionDigits = 0, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return cachedNumberFormat({ style: "currency", currency, currencyDisplay: "code", ...digits(fractionDigits) }, decimal).format(value);
}

/** A money amount in millions with one decimal: formatMoneyMillions(-1250000, "USD") → "-USD 1.3 M". */
export function formatMoneyMillions(value: number | null | undefined, currency: string, decimal: DisplaySeparator = "."): string {
  if (!isFiniteNumber(value)) return EMPTY;
  const millions = cachedNumberFormat(digits(1), decimal).format(value / 1e6);
  return millions.startsWith("-") ? `-${currency} ${millions.slice(1)} M` : `${currency} ${millions} M`;
}
