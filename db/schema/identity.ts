import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { isCurrencyCode, isPercentage, percent } from "./columns";
import { ROLES } from "../../lib/domain/roles";
import { NUMBER_FORMATS } from "../../lib/domain/number-format";
import {
  DEFAULT_DISCLOSURE_RATES_PCT,
  DEFAULT_SENSITIVITY_STEPS_PCT,
  DISCLOSURE_RATE_MAX_PCT,
  DISCLOSURE_RATE_MIN_PCT,
  DISCLOSURE_RATES_MAX_COUNT,
  SENSITIVITY_STEP_MAX_PCT,
  SENSITIVITY_STEP_MIN_PCT,
  SENSITIVITY_STEPS_MAX_COUNT,
} from "../../lib/domain/valuation";

export const roleEnum = pgEnum("role", ROLES);

/**
 * A jsonb array of 1 to `maxItems` numbers, none matching `isOutOfRange` (a jsonpath filter on `@`). The CASE keeps
 * jsonb_array_length from ever seeing a scalar or an object (it would raise instead of failing the CHECK).
 * Ordering and duplicates are lib/validation's rules (a CHECK cannot read the array's elements in order).
 */
function isNumberList(column: AnyPgColumn, maxItems: number, isOutOfRange: string): SQL {
  const filter = `'$[*] ? (@.type() != "number" || ${isOutOfRange})'`;
  return sql`CASE WHEN jsonb_typeof(${column}) = 'array'
    THEN jsonb_array_length(${column}) BETWEEN 1 AND ${sql.raw(String(maxItems))}
      AND NOT jsonb_path_exists(${column}, ${sql.raw(filter)}::jsonpath)
    ELSE false END`;
}

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    /** What a new project of the organisation starts with (organisation settings). */
    defaultCurrency: text("default_currency").notNull().default("USD"),
    defaultDiscountRatePct: percent("default_discount_rate_pct").notNull().default(8),
    /**
     * Valuation preferences of its scenarios (lib/domain/valuation.ts), in %, ascending and distinct. jsonb keeps
     * each number exactly as sent (a numeric), and reads back as a plain array on PGlite and postgres.js alike.
     */
    disclosureRatesPct: jsonb("disclosure_rates_pct")
      .$type<number[]>()
      .notNull()
      .default([...DEFAULT_DISCLOSURE_RATES_PCT]),
    sensitivityStepsPct: jsonb("sensitivity_steps_pct")
      .$type<number[]>()
      .notNull()
      .default([...DEFAULT_SENSITIVITY_STEPS_PCT]),
    ...timestamps,
  },
  (t) => [
    check("organisations_name_not_blank", sql`length(trim(${t.name})) > 0`),
    check("organisations_default_currency_iso", isCurrencyCode(t.defaultCurrency)),
    check("organisations_default_discount_rate_pct_range", isPercentage(t.defaultDiscountRatePct)),
    check(
      "organisations_disclosure_rates_pct_list",
      isNumberList(
        t.disclosureRatesPct,
        DISCLOSURE_RATES_MAX_COUNT,
        `@ < ${DISCLOSURE_RATE_MIN_PCT} || @ > ${DISCLOSURE_RATE_MAX_PCT}`,
      ),
    ),
    check(
      "organisations_sensitivity_steps_pct_list",
      isNumberList(
        t.sensitivityStepsPct,
        SENSITIVITY_STEPS_MAX_COUNT,
        `@ <= ${SENSITIVITY_STEP_MIN_PCT} || @ > ${SENSITIVITY_STEP_MAX_PCT} || @ == 0`,
      ),
    ),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; unique across the system (one account, many organisations). */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /** Argon2id PHC string. */
    passwordHash: text("password_hash").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /** The decimal separator the person types and reads (lib/domain/number-format.ts); NULL = their browser's. */
    numberFormat: text("number_format", { enum: NUMBER_FORMATS }),
    ...timestamps,
  },
  (t) => [
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_number_format_known", sql`${t.numberFormat} IN ('point', 'comma')`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull().default("viewer"),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index("memberships_organisation_id_idx").on(t.organisationId),
  ],
);

/** Failed sign-in attempts, for throttling per email and per client address (shared by all instances). */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    clientAddress: text("client_address").notNull(),
    isSuccess: boolean("is_success").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.attemptedAt),
    index("sign_in_attempts_client_address_idx").on(t.clientAddress, t.attemptedAt),
  ],
);

/**
 * Server-side sessions: the session cookie names one (the `sid` claim), so a session ends on every instance the
 * moment its row is revoked. `expires_at` is the absolute end; idleness is measured from `last_seen_at`.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** The browser's User-Agent at sign-in (truncated), to name the device in the session list. */
    userAgent: text("user_agent").notNull().default(""),
    clientAddress: text("client_address").notNull().default(""),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId, t.expiresAt)],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;

export type Session = typeof sessions.$inferSelect;
