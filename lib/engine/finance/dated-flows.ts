/**
 * Cash flows on calendar dates: XNPV and XIRR with Excel's actual/365 convention
 * (Microsoft, "XNPV function", "XIRR function"): XNPV = sum P_i / (1 + rate)^((d_i - d_1) / 365).
 */
import { assertFinite, assertRate } from "./discounting";
import { findRootBrent } from "./root-finding";
import { COARSE_RATE_GRID } from "./rate-grid";
import type { IrrResult } from "./irr";

/** A date as an ISO-8601 calendar date ("2008-01-01") or a whole number of days (epoch days, Excel serials). */
export type FlowDate = string | number;

const MS_PER_DAY = 86_400_000;
const DAYS_PER_YEAR = 365;

/**
 * Days since 1970-01-01 (UTC) for an ISO date; numbers are returned unchanged (only differences matter).
 * @throws {RangeError} when the string is not a valid YYYY-MM-DD date
 * @example toEpochDays("1970-01-02") // 1
 */
export function toEpochDays(date: FlowDate): number {
  if (typeof date === "number") {
    if (!Number.isFinite(date)) throw new RangeError(`toEpochDays: ${date} is not a finite day number`);
    return date;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.slice(0, 10));
  if (!match) throw new RangeError(`toEpochDays: "${date}" is not an ISO date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new RangeError(`toEpochDays: "${date}" is not a calendar date`);
  return ms / MS_PER_DAY;
}

/**
 * Net present value of dated cash flows at the first date, actual/365 (Excel XNPV).
 *
 * @param rate - annual rate, fraction, > -1
 * @param values - cash flows (currency units), same length as dates
 * @param dates - one date per value; the first is the valuation date
 * @returns present value at dates[0]
 * @throws {RangeError} on length mismatch, empty input, a date before the first, or rate <= -1
 * @example xnpv(0.09, [-10000, 2750, 4250, 3250, 2750], ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]) // 2086.6476
 */
export function xnpv(rate: number, values: readonly number[], dates: readonly FlowDate[]): number {
  assertRate(rate, "xnpv");
  const days = toDayOffsets(values, dates, "xnpv");
  return sumDiscounted(rate, values, days);
}

/**
 * IRR of dated cash flows, actual/365 (Excel XIRR), with the same robust result as `irr`: a grid
 * scan of XNPV on the coarse rate grid over [-99 %, 100 000 %] and Brent's method in each bracket.
 *
 * @param values - cash flows (currency units); need at least one positive and one negative
 * @param dates - one date per value
 * @returns `unique` (annual rate, fraction), `none` or `multiple`
 * @throws {RangeError} on length mismatch or invalid dates
 * @example xirr([-10000, 2750, 4250, 3250, 2750], ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]) // unique 0.373362535
 */
export function xirr(values: readonly number[], dates: readonly FlowDate[]): IrrResult {
  const days = toDayOffsets(values, dates, "xirr");
  const f = (rate: number): number => sumDiscounted(rate, values, days);
  const rates: number[] = [];
  const grid = Array.from(COARSE_RATE_GRID);
  let previousRate = grid[0] ?? -0.99;
  let previous = f(previousRate);
  if (previous === 0) rates.push(previousRate);
  for (const rate of grid.slice(1)) {
    const value = f(rate);
    if (value === 0) rates.push(rate);
    else if (previous !== 0 && Math.sign(value) !== Math.sign(previous)) rates.push(findRootBrent(f, previousRate, rate, 1e-14));
    previous = value;
    previousRate = rate;
  }
  if (rates.length === 0) return { kind: "none" };
  if (rates.length === 1) return { kind: "unique", rate: rates[0] ?? NaN };
  return { kind: "multiple", rates };
}

function toDayOffsets(values: readonly number[], dates: readonly FlowDate[], where: string): number[] {
  if (values.length === 0 || values.length !== dates.length) {
    throw new RangeError(`${where}: values and dates must be non-empty and of equal length (${values.length} vs ${dates.length})`);
  }
  assertFinite(values, where);
  const days = dates.map(toEpochDays);
  const first = days[0] ?? 0;
  return days.map((day, i) => {
    if (day < first) throw new RangeError(`${where}: date ${i} precedes the first date`);
    return day - first;
  });
}

function sumDiscounted(rate: number, values: readonly number[], dayOffsets: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] ?? 0) / Math.pow(1 + rate, (dayOffsets[i] ?? 0) / DAYS_PER_YEAR);
  return sum;
}
