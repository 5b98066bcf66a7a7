import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { isNotBlank } from "./columns";
import { organisations, roleEnum, users } from "./identity";

// Secrets handed to people and scripts: password links, invitations, API tokens. Only a SHA-256 digest of each
// secret is stored (lib/auth/secret-tokens.ts), so a copy of the database lets nobody in.

const created = { createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow() };

/** Single-use links to set a first password (setup) or reset a forgotten one. */
export const passwordLinks = pgTable(
  "password_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** set_password: a new account's first password; reset_password: a forgotten one. */
    purpose: text("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The admin who issued it; NULL when the person asked for it or the setup command did. */
    issuedBy: uuid("issued_by").references(() => users.id, { onDelete: "set null" }),
    ...created,
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("password_links_user_id_idx").on(t.userId), check("password_links_purpose", sql`${t.purpose} IN ('set_password', 'reset_password')`)],
);

/** An admin's invitation of an email address into the organisation with a role: single-use, expiring, revocable. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Stored lower-cased. */
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    ...created,
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("invitations_organisation_id_idx").on(t.organisationId, t.createdAt), check("invitations_email_lowercase", sql`${t.email} = lower(${t.email})`)],
);

/** Personal access tokens: a person's access to one organisation for scripts, with a role no higher than theirs. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: roleEnum("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The token's first characters, shown in lists so a person can tell their tokens apart. */
    tokenPrefix: text("token_prefix").notNull(),
    ...created,
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_user_id_idx").on(t.userId, t.organisationId), check("api_tokens_name_not_blank", isNotBlank(t.name))],
);

export type PasswordLink = typeof passwordLinks.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
