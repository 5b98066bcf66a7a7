import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Role } from "@/lib/domain/roles";
import type { DbOrTx } from "../client";
import { memberships, organisations, users } from "../schema";
import { isUuid } from "./ids";

// The members of an organisation: a user account joined with its membership there. Every read is scoped by the
// organisation: a user who is not a member of it is indistinguishable from one that does not exist. Password
// hashes go in, never out. The rules (who may change whom) are lib/users'; the writes take its transaction.

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

export type MemberSortKey = "name" | "email" | "role" | "lastSignInAt" | "memberSince";

export type MemberListQuery = {
  page: number;
  pageSize: number;
  /** Case-insensitive substring of the name or email. */
  q?: string;
  role?: Role;
  status?: "active" | "inactive";
  sort: MemberSortKey;
  order: "asc" | "desc";
};

type Scope = { organisationId: string };
type MemberScope = Scope & { userId: string };

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

function listFilter(organisationId: string, query: MemberListQuery): SQL | undefined {
  const pattern = query.q ? containsPattern(query.q) : undefined;
  return and(
    eq(memberships.organisationId, organisationId),
    pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
    query.role ? eq(memberships.role, query.role) : undefined,
    query.status ? eq(users.isActive, query.status === "active") : undefined,
  );
}

function isMemberOf({ organisationId, userId }: MemberScope): SQL | undefined {
  return and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId));
}

/** One page of the organisation's members, filtered and sorted (ties broken by user id for stable pages). */
export async function listMembers(db: DbOrTx, { organisationId, query }: Scope & { query: MemberListQuery }): Promise<MemberPage> {
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
export async function getMember(db: DbOrTx, scope: MemberScope): Promise<Member | undefined> {
  if (!isUuid(scope.userId)) return undefined;
  const [member] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(isMemberOf(scope))
    .limit(1);
  return member;
}

/**
 * Takes the organisation's member-write lock until the transaction ends (FOR NO KEY UPDATE on its row, which does
 * not block inserts that reference it): every membership write of one organisation runs after the previous one.
 */
export async function lockOrganisationMembers(tx: DbOrTx, { organisationId }: Scope): Promise<void> {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).for("no key update");
}

/** The id of the account with this email (any organisation's), if there is one. */
export async function findUserIdByEmail(db: DbOrTx, { email }: { email: string }): Promise<string | undefined> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return user?.id;
}

/** Creates an account; `users_email_unique` is violated when the email is taken. */
export async function insertAccount(tx: DbOrTx, account: { name: string; email: string; passwordHash: string }): Promise<string> {
  const [user] = await tx.insert(users).values(account).returning({ id: users.id });
  if (!user) throw new Error("user not created");
  return user.id;
}

/** Adds the account to the organisation; the (user, organisation) primary key is violated when it is a member. */
export async function insertMembership(tx: DbOrTx, { organisationId, userId, role }: MemberScope & { role: Role }): Promise<void> {
  await tx.insert(memberships).values({ userId, organisationId, role });
}

export async function updateMembershipRole(tx: DbOrTx, { role, ...scope }: MemberScope & { role: Role }): Promise<void> {
  await tx.update(memberships).set({ role, updatedAt: new Date() }).where(isMemberOf(scope));
}

/** Activates or deactivates the account of a member of the organisation (the flag is global: every organisation). */
export async function updateAccountStatus(tx: DbOrTx, { isActive, ...scope }: MemberScope & { isActive: boolean }): Promise<void> {
  const ofMember = tx.select({ userId: memberships.userId }).from(memberships).where(isMemberOf(scope));
  await tx.update(users).set({ isActive, updatedAt: new Date() }).where(and(eq(users.id, scope.userId), inArray(users.id, ofMember)));
}

export async function deleteMembership(tx: DbOrTx, scope: MemberScope): Promise<void> {
  await tx.delete(memberships).where(isMemberOf(scope));
}

/** Active admins of the organisation other than `userId`. */
export async function countOtherActiveAdmins(tx: DbOrTx, { organisationId, userId }: MemberScope): Promise<number> {
  const [row] = await tx
    .select({ total: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, "admin"),
        eq(users.isActive, true),
        ne(memberships.userId, userId),
      ),
    );
  return row?.total ?? 0;
}

/** How many organisations besides this one the member's account belongs to. */
export async function countOtherOrganisationsOf(tx: DbOrTx, { organisationId, userId }: MemberScope): Promise<number> {
  const [row] = await tx
    .select({ total: count() })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), ne(memberships.organisationId, organisationId)));
  return row?.total ?? 0;
}
