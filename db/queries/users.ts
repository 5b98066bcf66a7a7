import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { forgetIdentity, notifyIdentityChanged } from "@/lib/auth/identity-memo";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { AddMemberInput, ListMembersQuery, MemberSortKey, UpdateMemberInput } from "@/lib/validation/user";
import type { DbOrTx } from "../client";
import { memberships, users } from "../schema";
import { type Role } from "@/lib/domain/roles";
import { recordAudit, type AuditEntry } from "./audit";
import { isUuid } from "./ids";
import { isUniqueViolation } from "./pg-errors";
import { assertKeepsActiveAdmin, assertNotOwnDemotion, assertOnlyThisOrganisation, lockOrganisationMembers } from "./user-rules";

// The members of an organisation: a user account joined with its membership there. Every function is scoped
// by the organisation: a user who is not a member of it is indistinguishable from one that does not exist.
// Password hashes never leave this module.

export type Member = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  lastSignInAt: Date | null;
  /** When the membership was created. */
  memberSince: Date;
};

export type MemberPage = { data: Member[]; page: number; pageSize: number; total: number };

type Scope = { organisationId: string };
type ActorScope = Scope & { actorUserId: string | null };

const memberColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  isActive: users.isActive,
  lastSignInAt: users.lastSignInAt,
  memberSince: memberships.createdAt,
};

const SORT_COLUMNS = {
  name: users.name,
  email: users.email,
  role: memberships.role,
  lastSignInAt: users.lastSignInAt,
  memberSince: memberships.createdAt,
} satisfies Record<MemberSortKey, unknown>;

/** `%` and `_` typed by the user are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function listFilter(organisationId: string, query: ListMembersQuery): SQL | undefined {
  const pattern = query.q ? containsPattern(query.q) : undefined;
  return and(
    eq(memberships.organisationId, organisationId),
    pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
    query.role ? eq(memberships.role, query.role) : undefined,
    query.status ? eq(users.isActive, query.status === "active") : undefined,
  );
}

/** One page of the organisation's members, filtered and sorted (ties broken by user id for stable pages). */
export async function listMembers(db: DbOrTx, { organisationId, query }: Scope & { query: ListMembersQuery }): Promise<MemberPage> {
  const where = listFilter(organisationId, query);
  const direction = query.order === "desc" ? desc : asc;
  // Never signed in sorts last whichever the direction.
  const order = [direction(SORT_COLUMNS[query.sort]), asc(users.id)];
  if (query.sort === "lastSignInAt") order.unshift(asc(sql`${users.lastSignInAt} is null`));
  const [rows, [totals]] = await Promise.all([
    db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(where),
  ]);
  return { data: rows, page: query.page, pageSize: query.pageSize, total: totals?.total ?? 0 };
}

/** A member of the organisation, or undefined when the user does not exist or is not a member of it. */
export async function getMember(db: DbOrTx, { organisationId, userId }: Scope & { userId: string }): Promise<Member | undefined> {
  if (!isUuid(userId)) return undefined;
  const [member] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return member;
}

/** The member, read after taking the organisation's member-write lock (see lockOrganisationMembers). */
async function lockMember(tx: DbOrTx, scope: Scope & { userId: string }): Promise<Member | undefined> {
  await lockOrganisationMembers(tx, scope);
  return getMember(tx, scope);
}

function emailTaken(): AppError {
  return new AppError("EMAIL_TAKEN", "An account with this email already exists: add it as an existing user", {
    status: 409,
    fieldErrors: { email: ["An account with this email already exists"] },
  });
}

function alreadyMember(): AppError {
  return new AppError("ALREADY_MEMBER", "This person is already a member of the organisation", {
    status: 409,
    fieldErrors: { email: ["Already a member of this organisation"] },
  });
}

async function findUserIdByEmail(tx: DbOrTx, email: string): Promise<string | undefined> {
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return user?.id;
}

async function createAccount(tx: DbOrTx, input: { name: string; email: string; passwordHash: string }): Promise<string> {
  const [user] = await tx.insert(users).values(input).returning({ id: users.id });
  if (!user) throw new Error("user not created");
  return user.id;
}

/**
 * Adds a member: creates the account when `name` and `password` are given (409 EMAIL_TAKEN when the email is
 * in use), else adds the existing account with that email (422 USER_NOT_FOUND when there is none).
 * @throws AppError ALREADY_MEMBER (409) when the account is already a member of the organisation
 */
export async function addMember(db: DbOrTx, { organisationId, actorUserId, input }: ActorScope & { input: AddMemberInput }): Promise<Member> {
  // Hashing is deliberately slow (~30 ms): do it before the transaction holds any lock.
  const newAccount =
    input.name !== undefined && input.password !== undefined
      ? { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) }
      : undefined;
  try {
    const added = await db.transaction(async (tx) => {
      await lockOrganisationMembers(tx, { organisationId });
      const existingId = await findUserIdByEmail(tx, input.email);
      if (newAccount && existingId) throw emailTaken();
      if (!newAccount && !existingId) {
        throw new AppError("USER_NOT_FOUND", "No account has this email: give a name and password to create one", {
          status: 422,
          fieldErrors: { email: ["No account has this email"] },
        });
      }
      const userId = existingId ?? (newAccount ? await createAccount(tx, newAccount) : "");
      await tx.insert(memberships).values({ userId, organisationId, role: input.role });
      await notifyIdentityChanged(tx, userId);
      const member = await getMember(tx, { organisationId, userId });
      if (!member) throw new Error("member not readable after insert");
      const entries: AuditEntry[] = [];
      if (newAccount) {
        const after = { id: member.id, name: member.name, email: member.email, isActive: member.isActive };
        entries.push({ organisationId, userId: actorUserId, action: "create", entityType: "user", entityId: userId, after });
      }
      entries.push({ organisationId, userId: actorUserId, action: "create", entityType: "membership", entityId: userId, after: { userId, email: member.email, role: member.role } });
      await recordAudit(tx, entries);
      return member;
    });
    forgetIdentity(added.id);
    return added;
  } catch (error) {
    // A concurrent request won the race for the same email or membership.
    if (isUniqueViolation(error, "users_email_unique")) throw emailTaken();
    // The only other unique key on this path is the membership's (user, organisation) primary key.
    if (isUniqueViolation(error)) throw alreadyMember();
    throw error;
  }
}

/**
 * Changes a member's role and/or account status. Refuses (422) an admin demoting or deactivating themself
 * (SELF_DEMOTION), leaving the organisation without an active admin (LAST_ADMIN), and changing the status of an
 * account that other organisations share (ACCOUNT_SHARED).
 * @returns the member after the change, or undefined when the user is not a member (404)
 */
export async function updateMember(
  db: DbOrTx,
  { organisationId, actorUserId, userId, changes }: ActorScope & { userId: string; changes: UpdateMemberInput },
): Promise<Member | undefined> {
  if (!isUuid(userId)) return undefined;
  const updated = await db.transaction(async (tx) => {
    const before = await lockMember(tx, { organisationId, userId });
    if (!before) return undefined;
    const role = changes.role ?? before.role;
    const isActive = changes.isActive ?? before.isActive;
    const isRoleChanged = role !== before.role;
    const isStatusChanged = isActive !== before.isActive;
    if (!isRoleChanged && !isStatusChanged) return before;
    assertNotOwnDemotion({ actorUserId, userId, isLosingAdmin: role !== "admin" || !isActive, verb: isActive ? "demote" : "deactivate" });
    if (isStatusChanged) await assertOnlyThisOrganisation(tx, { organisationId, userId });
    if (before.role === "admin" && before.isActive && (role !== "admin" || !isActive)) {
      await assertKeepsActiveAdmin(tx, { organisationId, userId });
    }
    const entries: AuditEntry[] = [];
    if (isRoleChanged) {
      await tx.update(memberships).set({ role, updatedAt: new Date() })
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
      entries.push({ organisationId, userId: actorUserId, action: "role_change", entityType: "membership", entityId: userId, before: { role: before.role }, after: { role } });
    }
    if (isStatusChanged) {
      await tx.update(users).set({ isActive, updatedAt: new Date() }).where(eq(users.id, userId));
      entries.push({ organisationId, userId: actorUserId, action: "update", entityType: "user", entityId: userId, before: { isActive: before.isActive }, after: { isActive } });
    }
    await notifyIdentityChanged(tx, userId);
    await recordAudit(tx, entries);
    return { ...before, role, isActive };
  });
  forgetIdentity(userId);
  return updated;
}

/**
 * Removes the user from the organisation (the account itself stays: it may belong to other organisations).
 * Same rules as demotion: not oneself, and never the last active admin.
 * @returns false when the user is not a member (404)
 */
export async function removeMember(db: DbOrTx, { organisationId, actorUserId, userId }: ActorScope & { userId: string }): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const isRemoved = await db.transaction(async (tx) => {
    const before = await lockMember(tx, { organisationId, userId });
    if (!before) return false;
    assertNotOwnDemotion({ actorUserId, userId, isLosingAdmin: true, verb: "remove" });
    if (before.role === "admin" && before.isActive) await assertKeepsActiveAdmin(tx, { organisationId, userId });
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await notifyIdentityChanged(tx, userId);
    await recordAudit(tx, {
      organisationId,
      userId: actorUserId,
      action: "delete",
      entityType: "membership",
      entityId: userId,
      before: { userId, email: before.email, role: before.role },
    });
    return true;
  });
  if (isRemoved) forgetIdentity(userId);
  return isRemoved;
}
