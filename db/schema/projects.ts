import { check, index, integer, pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { isCurrencyCode, isNotBlank, isPercentage, percent, timestamps } from "./columns";
import { organisations, users } from "./identity";
import { OPERATION_TYPES } from "../../lib/domain/projects";

export const operationTypeEnum = pgEnum("operation_type", OPERATION_TYPES);

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    location: text("location"),
    operationType: operationTypeEnum("operation_type").notNull(),
    /** Lower-case commodity name, e.g. "copper"; scenario comparison refuses different commodities. */
    primaryCommodity: text("primary_commodity").notNull(),
    /** ISO-4217; the default for new scenarios. */
    currency: text("currency").notNull(),
    defaultDiscountRatePct: percent("default_discount_rate_pct").notNull(),
    description: text("description"),
    /** Optimistic concurrency: every update sets version = version + 1 WHERE version = the one read. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    // Also the index for organisation_id (its leading column): every project query filters by organisation.
    unique("projects_organisation_id_name_unique").on(t.organisationId, t.name),
    index("projects_created_by_idx").on(t.createdBy),
    check("projects_name_not_blank", isNotBlank(t.name)),
    check("projects_primary_commodity_not_blank", isNotBlank(t.primaryCommodity)),
    check("projects_currency_iso", isCurrencyCode(t.currency)),
    check("projects_default_discount_rate_pct_range", isPercentage(t.defaultDiscountRatePct)),
    check("projects_version_positive", sql`${t.version} >= 1`),
  ],
);

export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
