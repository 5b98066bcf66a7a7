import { z } from "zod";

// Calendar dates as callers send them ("YYYY-MM-DD"). ISO 8601 allows year 0000 and years far beyond any mine plan;
// PostgreSQL has no year 0 and refused "0000-01-01" with an error that surfaced as a 500. Every date a request
// carries is kept within these bounds, which no mining record or planning horizon leaves.
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2199-12-31";

/** A calendar date within EARLIEST_DATE…LATEST_DATE; `what` names it in the messages. */
export function calendarDateSchema(what = "a date") {
  return z.iso
    .date({ error: `Enter ${what} as YYYY-MM-DD` })
    .refine((value) => value >= EARLIEST_DATE && value <= LATEST_DATE, { message: `Enter ${what} between ${EARLIEST_DATE} and ${LATEST_DATE}` });
}
