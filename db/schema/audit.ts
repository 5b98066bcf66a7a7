import { check, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { isNotBlank } from "./columns";
import { organisations, users } from "./identity";
import { AUDIT_ACTIONS } from "../../lib/domain/audit";

export const auditActionEnum = pgEnum("audit_action", AUDIT_ACTIONS);

/** Who changed what, when, with before/after values. Append-only: rows are never updated. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** NULL once the user is deleted (the entry stays) or for system actions. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    action: auditActionEnum("action").notNull(),
    /** Table-like name: "project", "scenario", "capex_item", … */
    entityType: text("entity_type").notNull(),
    /** No FK on purpose: the entry must outlive the entity it describes. */
    entityId: uuid("entity_id"),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_organisation_id_created_at_idx").on(t.organisationId, t.createdAt),
    index("audit_log_entity_type_entity_id_idx").on(t.entityType, t.entityId),
    index("audit_log_user_id_idx").on(t.userId),
    check("audit_log_entity_type_not_blank", isNotBlank(t.entityType)),
  ],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
export type NewAuditLogEntry = typeof auditLog.$inferInsert;
