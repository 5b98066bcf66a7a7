import { eq, sql } from "drizzle-orm";
import type { NumberFormat } from "@/lib/domain/number-format";
import type { Role } from "@/lib/domain/roles";
import type { DbOrTx } from "../client";
import { memberships, users } from "../schema/identity";
import { selectRows } from "./select-rows";

// What authentication reads and writes about an account: the identity every request needs (the account and its
// memberships), the credentials a sign-in checks, and the notification that an identity changed.

export type IdentityMembership = { organisationId: string; organisationName: string; role: Role };

export type UserWithMemberships = {
  id: string;
  email: string;
  name: string;
  isActive: boolean;
  /** The decimal separator the person chose; null = their browser's. */
  numberFormat: NumberFormat | null;
  memberships: IdentityMembership[];
};

type UserMembershipRow = Omit<UserWithMemberships, "memberships"> & {
  organisationId: string | null;
  organisationName: string | null;
  role: Role | null;
};

/** What a sign-in checks, for the account with this email. */
export type AccountCredentials = {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  isActive: boolean;
  membershipCount: number;
};

/**
 * The user and every organisation they belong to (ordered by organisation name), or null when unknown. One
 * round trip (every authenticated request makes it): a user without memberships comes back as one row of NULLs.
 */
export async function getUserWithMemberships(db: DbOrTx, { userId }: { userId: string }): Promise<UserWithMemberships | null> {
  const rows = await selectRows<UserMembershipRow>(
    db,
    sql`SELECT u.id, u.email, u.name, u.is_active AS "isActive", u.number_format AS "numberFormat",
               o.id AS "organisationId", o.name AS "organisationName", m.role::text AS role
          FROM users u
          LEFT JOIN memberships m ON m.user_id = u.id
          LEFT JOIN organisations o ON o.id = m.organisation_id
         WHERE u.id = ${userId}
         ORDER BY o.name, o.id`,
  );
  const [first] = rows;
  if (!first) return null;
  const found: IdentityMembership[] = [];
  for (const { organisationId, organisationName, role } of rows) {
    if (organisationId !== null && organisationName !== null && role !== null) found.push({ organisationId, organisationName, role });
  }
  return { id: first.id, email: first.email, name: first.name, isActive: first.isActive, numberFormat: first.numberFormat, memberships: found };
}

/** The account with this (normalised) email and how many organisations it belongs to; undefined when none. */
export async function findCredentialsByEmail(db: DbOrTx, { email }: { email: string }): Promise<AccountCredentials | undefined> {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      isActive: users.isActive,
      membershipCount: sql<number>`(select count(*)::int from ${memberships} where ${memberships.userId} = ${users.id})`,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return account;
}

/** The organisations the user belongs to (whatever the role), by id. */
export async function listMembershipOrganisationIds(db: DbOrTx, { userId }: { userId: string }): Promise<string[]> {
  const rows = await db.select({ organisationId: memberships.organisationId }).from(memberships).where(eq(memberships.userId, userId));
  return rows.map((row) => row.organisationId);
}

export async function recordLastSignIn(db: DbOrTx, { userId, at }: { userId: string; at: Date }): Promise<void> {
  await db.update(users).set({ lastSignInAt: at }).where(eq(users.id, userId));
}

/** NOTIFY on `channel` with the user's id: PostgreSQL delivers it to every listener when the transaction commits. */
export async function notifyIdentityChange(tx: DbOrTx, { channel, userId }: { channel: string; userId: string }): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${channel}, ${userId})`);
}
