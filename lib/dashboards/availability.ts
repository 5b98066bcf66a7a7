// Availability of equipment from its maintenance downtime (the definition the operations dashboard documents):
//
//   scheduled hours (item, month) = hours per year per unit × units × days in the month / days in the year
//   availability (item, month)    = 1 − downtime hours / scheduled hours, floored at 0, shown in %
//
// For the fleet, downtime and scheduled hours are summed over the items before dividing; for an item over a
// range, over the months of the range. Months without logs have no downtime (100 %). Downtime counts every
// logged event (preventive, corrective, inspection): all of them take the machine out of service.

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a "YYYY-MM" month. */
export function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate();
}

/**
 * The share of a year's scheduled hours that falls in a month.
 * @param hoursPerYear - scheduled hours per year of all units together (h/yr)
 * @param month - "YYYY-MM"
 * @returns hours
 * @example scheduledHoursInMonth(8760, "2025-02") // 672 (28 of 365 days)
 */
export function scheduledHoursInMonth(hoursPerYear: number, month: string): number {
  const year = Number(month.slice(0, 4));
  return (hoursPerYear * daysInMonth(month)) / (isLeapYear(year) ? 366 : 365);
}

/**
 * @returns availability in % (0–100): 100 × (1 − downtime / scheduled); 100 without downtime, 0 when downtime
 *   exceeds the scheduled hours or nothing was scheduled but downtime was logged
 */
export function availabilityPct(downtimeHours: number, scheduledHours: number): number {
  if (downtimeHours <= 0) return 100;
  if (scheduledHours <= 0) return 0;
  return Math.max(0, 100 * (1 - downtimeHours / scheduledHours));
}

/** Every "YYYY-MM" from `first` to `last` inclusive (empty when first > last). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const endYear = Number(last.slice(0, 4));
  const endMonth = Number(last.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
