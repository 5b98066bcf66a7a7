import { EMPTY, LOCALE } from "./intl";

// Dates are shown in UTC, so the server and the browser render the same text (no hydration mismatch).

const DATE = new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** "2 Jan 2026". */
export function formatDate(value: Date | string): string {
  return DATE.format(toDate(value));
}

/** "27 Nov 2026, 09:14 UTC"; "—" for an invalid date. */
export function formatWhen(value: Date | string): string {
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? EMPTY : `${DATE_TIME.format(date)} UTC`;
}

/** "2 Jan 2026, 03:04 UTC", or "Never" for someone who has not signed in yet. */
export function formatLastSignIn(value: Date | string | null): string {
  return value === null ? "Never" : formatWhen(value);
}

/** "2026-01-02 03:04 UTC": the timestamp of a report (ISO order, to the minute). */
export function formatTimestamp(value: Date | string): string {
  return `${toDate(value).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
