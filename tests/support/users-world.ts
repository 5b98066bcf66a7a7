import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, memberships, users } from "@/db/schema";
import { type Role } from "@/lib/domain/roles";
import { sessionCookieFor } from "@/tests/support/api";
import { apiTokenFor, bearer } from "@/tests/support/bearer";
import { createTestOrganisation, createTestUser } from "@/tests/support/db";

// Fixtures for the member route tests: one organisation with a member of every role, a target to act on, and the
// admin of another organisation.

export const CALLERS = ["anonymous", "viewer", "analyst", "project_manager", "admin", "foreign_admin"] as const;
export type Caller = (typeof CALLERS)[number];
/** How a caller authenticates: the browser's session cookie, or an API token of their own role. */
export const CREDENTIALS = ["cookie", "API token"] as const;
export type Credential = (typeof CREDENTIALS)[number];
export type CallerAuth = { cookie?: string; headers?: Record<string, string> };

export type World = {
  organisationId: string;
  foreignOrganisationId: string;
  userIds: Record<Role, string>;
  foreignAdminId: string;
  target: { id: string; email: string };
  cookieOf: (caller: Caller) => Promise<string | undefined>;
  /** The caller's cookie, or a new API token of their role in their organisation (callRoute options). */
  authOf: (caller: Caller, credential: Credential) => Promise<CallerAuth>;
};

export async function createWorld(db: Db): Promise<World> {
  const organisation = await createTestOrganisation(db, "Members Org");
  const foreign = await createTestOrganisation(db, "Foreign Org");
  const userIds = {} as Record<Role, string>;
  for (const role of ["viewer", "analyst", "project_manager", "admin"] as const) {
    userIds[role] = (await createTestUser(db, { organisationId: organisation.id, role })).id;
  }
  const foreignAdminId = (await createTestUser(db, { organisationId: foreign.id, role: "admin" })).id;
  const target = await createTestUser(db, { organisationId: organisation.id, role: "analyst" });
  const cookieOf = async (caller: Caller): Promise<string | undefined> => {
    if (caller === "anonymous") return undefined;
    return sessionCookieFor(caller === "foreign_admin" ? foreignAdminId : userIds[caller]);
  };
  const authOf = async (caller: Caller, credential: Credential): Promise<CallerAuth> => {
    if (credential === "cookie" || caller === "anonymous") return { cookie: await cookieOf(caller) };
    const [userId, organisationId, role] = caller === "foreign_admin" ? [foreignAdminId, foreign.id, "admin" as const] : [userIds[caller], organisation.id, caller];
    return { headers: bearer(await apiTokenFor(db, userId, organisationId, { role })) };
  };
  return { organisationId: organisation.id, foreignOrganisationId: foreign.id, userIds, foreignAdminId, target, cookieOf, authOf };
}

/**
 * Everything a member request could write for the organisation: memberships (with roles), the state of the
 * accounts involved and the audit rows. Equal before and after a refused request means nothing was written.
 */
export async function snapshotOrganisation(db: Db, organisationId: string, newEmail?: string): Promise<unknown> {
  const members = await db
    .select({ userId: memberships.userId, role: memberships.role, updatedAt: memberships.updatedAt })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(memberships.userId);
  const accounts = await db
    .select({ id: users.id, isActive: users.isActive, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(inArray(users.id, members.map((member) => member.userId)))
    .orderBy(users.id);
  const [audit] = await db.select({ total: count() }).from(auditLog).where(eq(auditLog.organisationId, organisationId));
  const created = newEmail ? await db.select({ id: users.id }).from(users).where(eq(users.email, newEmail)) : [];
  return { members, accounts, audit: audit?.total, created };
}

export async function auditRowsFor(db: Db, organisationId: string) {
  return db
    .select({ action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, userId: auditLog.userId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.organisationId, organisationId))
    .orderBy(auditLog.createdAt);
}
