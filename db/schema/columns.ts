import { sql, type SQL } from "drizzle-orm";
import { customType, numeric, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";

// Shared column builders and CHECK fragments for the domain tables.
//
// Numbers: every money amount, unit price, quantity, grade and percentage is a PostgreSQL `numeric`, read and
// written as a JS number (drizzle `mode: "number"`). drizzle sends `String(value)`, the shortest decimal that
// round-trips the double, and `numeric` stores that decimal exactly, so 0.1 comes back as 0.1 and sums done in
// SQL (dashboards, planners) are exact to the scale. `doublePrecision` would store the binary approximation and
// SQL aggregates would drift (0.1 + 0.2 != 0.3). Values with more decimals than the scale are rounded by
// PostgreSQL; the scales below exceed what anyone enters. Monte Carlo outputs live in jsonb, not here.

/** Currency amounts (capex, closure cost, maintenance cost): 16 integer digits, to 1/100 of a cent. */
export function money(name: string) {
  return numeric(name, { precision: 20, scale: 4, mode: "number" });
}

/** Unit prices, rates, tonnages, grades and other engine inputs: 16 integer digits, 8 decimals. */
export function decimal(name: string) {
  return numeric(name, { precision: 24, scale: 8, mode: "number" });
}

/** Percentages (0–100 with a CHECK, or ±100 for escalation/inflation), 6 decimals. */
export function percent(name: string) {
  return numeric(name, { precision: 10, scale: 6, mode: "number" });
}

/** Raw binary (kept Monte Carlo samples as little-endian Float64Array bytes). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

// CHECK fragments. NULL passes a CHECK, so they also suit nullable (inheritable) columns.

/** A name that is not empty or whitespace. */
export function isNotBlank(column: AnyPgColumn): SQL {
  return sql`length(trim(${column})) > 0`;
}

export function isNonNegative(column: AnyPgColumn): SQL {
  return sql`${column} >= 0`;
}

export function isPositive(column: AnyPgColumn): SQL {
  return sql`${column} > 0`;
}

export function isBetween(column: AnyPgColumn, min: number, max: number): SQL {
  return sql`${column} BETWEEN ${sql.raw(String(min))} AND ${sql.raw(String(max))}`;
}

/** A percentage within 0–100 (recovery, payable, contingency, tax, royalty, availability). */
export function isPercentage(column: AnyPgColumn): SQL {
  return isBetween(column, 0, 100);
}

/** An ISO-4217 code: three upper-case letters. */
export function isCurrencyCode(column: AnyPgColumn): SQL {
  return sql`${column} ~ '^[A-Z]{3}$'`;
}
