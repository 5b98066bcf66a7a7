import { z } from "zod";

// Building blocks shared by the row schemas. Each mirrors a CHECK or column type in db/schema, so a value the
// database would refuse is refused here first, with a field error instead of a constraint violation.

/** Upper bound of numeric(24, 8) and numeric(20, 4): 16 integer digits. */
const NUMERIC_LIMIT = 1e16;
/** Project periods are years of the project life; no mine plan runs for a thousand years. */
export const MAX_PERIOD = 1000;

/** Said when a value exceeds what the database columns hold (plain words, not zod's "Too big: expected …"). */
const TOO_LARGE_MESSAGE = "Must be less than 10 quadrillion (10^16)";

/** Any finite number the decimal columns can hold. */
export const decimalNumber = z
  .number("Enter a number")
  .gt(-NUMERIC_LIMIT, "Must be more than minus 10 quadrillion (-10^16)")
  .lt(NUMERIC_LIMIT, TOO_LARGE_MESSAGE);
/** Quantities, costs and rates: never negative. */
export const nonNegativeNumber = z.number("Enter a number").min(0, "Must not be negative").lt(NUMERIC_LIMIT, TOO_LARGE_MESSAGE);
/** A percentage within 0–100 (recovery, contingency, availability). */
export const percentage = z
  .number("Enter a percentage between 0 and 100")
  .min(0, "Must be between 0 and 100")
  .max(100, "Must be between 0 and 100");
/** Escalation per year: −100 to +100 (negative for learning-curve savings). */
export const escalationPercentage = z
  .number("Enter a percentage between -100 and 100")
  .min(-100, "Must be between -100 and 100")
  .max(100, "Must be between -100 and 100");
/** A project period: 0 = first construction year. */
export const period = z
  .int("Enter a whole period number (0 = the first construction year)")
  .min(0, "Must not be negative")
  .max(MAX_PERIOD, `Must be at most ${MAX_PERIOD}`);
/** A name that is not blank (leading and trailing spaces are dropped). */
export const requiredText = z.string("Required").trim().min(1, "Required").max(200, "At most 200 characters");
export const optionalText = z.string().trim().max(4000, "At most 4,000 characters").nullable();
/** ISO-4217 code. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, "Use a three-letter ISO-4217 code, e.g. USD");
/** A row's lineage id: the stable id of an input row across the scenario tree. */
export const lineageId = z.uuid().transform((id) => id.toLowerCase());

/** Sort direction of list queries. */
export const sortOrder = z.enum(["asc", "desc"]).default("asc");

/** `page` (1-based) and `pageSize` (at most 500) of every list query. */
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

/** The scenario version a write was based on (optimistic concurrency). */
export const scenarioVersion = z
  .int()
  .min(1)
  .meta({ description: "The scenario's version the change is based on; 409 STALE_UPDATE when it moved on" });

/** Query flag: "true" / "false" as sent in a URL. */
export const booleanFlag = z
  .enum(["true", "false"])
  .default("false")
  .transform((value) => value === "true");

/** Optional inclusive period range filter (rows active in or spent within the range). */
export const periodRangeQuery = z.object({
  fromPeriod: z.coerce.number().int().min(0).optional(),
  toPeriod: z.coerce.number().int().min(0).optional(),
});

/** end >= start when an end is given (mirrors *_period_order). */
export function checkPeriodOrder(
  row: { startPeriod?: number; endPeriod?: number | null },
  ctx: z.RefinementCtx,
): void {
  if (row.endPeriod != null && row.startPeriod !== undefined && row.endPeriod < row.startPeriod) {
    ctx.addIssue({
      code: "custom",
      path: ["endPeriod"],
      message: "End period must not be before the start period",
    });
  }
}

export const ROW_ORIGINS = ["own", "inherited", "overridden"] as const;
export type RowOrigin = (typeof ROW_ORIGINS)[number];

/** Pagination plus the origin filter every effective-row list has. */
export const rowListQuery = paginationQuery.extend({
  origin: z.enum(ROW_ORIGINS).optional().meta({ description: "Only rows of this origin in the scenario" }),
});
