import type { Conventions } from "@/lib/engine/model";
import { formatNumber, formatPercent, formatYears } from "@/app/ui/format";
import { cachedNumberFormat, digits, EMPTY, isFiniteNumber } from "@/app/ui/format/intl";

// The words of the economics view: how every figure is computed (the conventions a technical report states beside
// its economic summary) and how a figure with no value reads. The words follow the scenario's conventions as the
// engine reports them (lib/engine/model/economic-summary.ts, lib/engine/finance/conventions.ts): NPV valued at the
// start or end of period 0 or at the start of production, end- or mid-period timing, payback from the valuation
// date and from the start of production.

/** A rate as a report writes it, trailing zeros dropped: 8 → "8 %", 7.5 → "7.5 %". */
export function formatRateLabel(ratePct: number): string {
  return `${formatNumber(ratePct, 2)} %`;
}

/**
 * Money in millions, one fixed decimal and no currency (the column header names it): 245_312_000 → "245.3".
 * Fixed decimals keep a column's decimal points aligned; formatMoneyMillions repeats the currency in every cell.
 */
export function formatMillions(value: number | null | undefined): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return cachedNumberFormat(digits(1)).format(value / 1e6);
}

/** How a money table is scaled: millions ("USD M", one decimal) or thousands ("USD k", no decimals). */
export type MoneyScale = { unit: string; format: (value: number) => string };

/**
 * The scale for a table whose largest amount is `maxAbs`: millions from 1 M up, thousands below (a small project's
 * flows would otherwise print as 0.0 and 0.1).
 * @example moneyScaleFor([250_000, -40_000], "USD").unit // "USD k"
 */
export function moneyScaleFor(values: readonly number[], currency: string): MoneyScale {
  const maxAbs = values.reduce((max, value) => (Number.isFinite(value) ? Math.max(max, Math.abs(value)) : max), 0);
  if (maxAbs >= 1e6 || maxAbs === 0) return { unit: millionsUnit(currency), format: formatMillions };
  return { unit: `${currency} k`, format: (value) => (isFiniteNumber(value) ? cachedNumberFormat(digits(0)).format(value / 1e3) : EMPTY) };
}

/** The unit of a money column: "USD M". */
export function millionsUnit(currency: string): string {
  return `${currency} M`;
}

/** "real terms" or "nominal terms, 2 % inflation". */
export function describeTerms(conventions: Pick<Conventions, "terms" | "inflationPct">): string {
  return conventions.terms === "real" ? "real terms" : `nominal terms, ${formatRateLabel(conventions.inflationPct)} inflation`;
}

type ValuationDateFields = Pick<Conventions, "valuationDate" | "valuationYear">;

/** The valuation date, short, for headers: "end of 2026", "start of 2026", "start of 2029". */
export function valuationDateShort({ valuationDate, valuationYear }: ValuationDateFields): string {
  return `${valuationDate === "end_of_period_0" ? "end" : "start"} of ${valuationYear}`;
}

/** "valued end of 2026": the valuation date in a column or row header. */
export function valuedAt(conventions: ValuationDateFields): string {
  return `valued ${valuationDateShort(conventions)}`;
}

const VALUATION_POINTS: Record<Conventions["valuationDate"], string> = {
  start_of_period_0: "start of period 0",
  end_of_period_0: "end of period 0",
  start_of_production: "start of production",
};

/** The conventions line printed above the summary; every figure on the page follows it. */
export function describeConventions(conventions: Conventions): string {
  const timing = conventions.timing === "mid" ? "mid-period" : "end-of-period";
  const periodZero = conventions.periodZeroTiming === "at_valuation_date" ? " (period 0 at the valuation date)" : "";
  const date = `the ${valuationDateShort(conventions)} (${VALUATION_POINTS[conventions.valuationDate]})`;
  return `NPV valued at ${date}, ${timing} discounting${periodZero}, ${describeTerms(conventions)}; payback from the valuation date and from the start of production.`;
}

type DiscountFields = Pick<Conventions, "timing" | "valuationTimeYears" | "periodZeroTiming">;

/** Years from the valuation date to period t's flow, less t: T_t − V − t with T_t = t + 1 (end) or t + 0.5 (mid). */
function exponentOffsetYears({ timing, valuationTimeYears }: DiscountFields): number {
  return (timing === "mid" ? 0.5 : 1) - valuationTimeYears;
}

/**
 * The factor {@link describeDiscounting} states for period t's flow: (1 + r)^-(t + offset), or 1 for period 0 when it
 * is taken at the valuation date. economics-text.test.ts rebuilds the engine's NPV with it.
 * @param ratePct - discount rate, % per year
 * @param period - project period, 0 = first construction year
 */
export function describedDiscountFactor(conventions: DiscountFields, ratePct: number, period: number): number {
  if (period === 0 && conventions.periodZeroTiming === "at_valuation_date") return 1;
  return (1 + ratePct / 100) ** -(period + exponentOffsetYears(conventions));
}

/** No-break spaces inside a formula, so "(1 + r)^t" never wraps apart. */
const NBSP = "\u00a0";

/** "(1 + r)^t", "(1 + r)^(t + 1)", "(1 + r)^(t − 0.5)". */
function formatDiscountPower(offsetYears: number): string {
  const exponent = offsetYears === 0 ? "t" : `(t ${offsetYears > 0 ? "+" : "−"} ${formatNumber(Math.abs(offsetYears), 1)})`;
  return `(1 + r)^${exponent}`.replaceAll(" ", NBSP);
}

/** The discounting formula in a sentence, for the line below the conventions. */
export function describeDiscounting(conventions: DiscountFields): string {
  const offset = exponentOffsetYears(conventions);
  const isPeriodZeroAtValuation = conventions.periodZeroTiming === "at_valuation_date";
  const position = conventions.timing === "mid" ? "mid-period" : "end-of-period";
  const notes: string[] = [];
  if (isPeriodZeroAtValuation) notes.push("period 0's flow is taken at the valuation date, neither discounted nor carried forward");
  else if (offset === 0) notes.push("period 0's flow is not discounted");
  // A negative exponent for the first flow that follows the timing: it falls before the valuation date.
  if ((isPeriodZeroAtValuation ? 1 : 0) + offset < 0) notes.push("flows before the valuation date are carried forward at the same rate");
  const tail = notes.length > 0 ? `; ${notes.join("; ")}` : "";
  return `Pre-tax and after-tax NPV (${position} timing): period t's flow is divided by ${formatDiscountPower(offset)}${tail}.`;
}

/** Row header of an NPV in the disclosure table: "NPV at 8 % (USD M, valued end of 2026)". */
export function npvRowHeading(ratePct: number, currency: string, conventions: ValuationDateFields): string {
  return `NPV at ${formatRateLabel(ratePct)} (${millionsUnit(currency)}, ${valuedAt(conventions)})`;
}

/** An IRR in percent, or why there is none (the engine gives null when the flows have no unique rate). */
export function formatIrrPct(irrPct: number | null): string {
  return irrPct === null ? "No IRR" : formatPercent(irrPct, 1);
}

/** A payback in years, or "Not reached" when the cumulative cash flow never turns non-negative for good. */
export function formatPaybackYears(years: number | null): string {
  return years === null ? "Not reached" : formatYears(years);
}

/** The year production starts (start of that year), for the payback heading; null when nothing is produced. */
export function productionStartYear(rows: readonly { year: number; phase: "construction" | "production" }[]): number | null {
  return rows.find((row) => row.phase === "production")?.year ?? null;
}
