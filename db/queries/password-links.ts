import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { passwordLinks } from "../schema/credentials";
import { users } from "../schema/identity";

// Single-use password links. A link is live while unused and unexpired; using one is a conditional UPDATE, so two
// concurrent uses of the same link cannot both succeed.

export type PasswordLinkPurpose = "set_password" | "reset_password";

export type LivePasswordLink = { id: string; userId: string; purpose: PasswordLinkPurpose; email: string; name: string; isActive: boolean };

export async function insertPasswordLink(
  tx: DbOrTx,
  values: { userId: string; purpose: PasswordLinkPurpose; tokenHash: string; issuedBy: string | null; expiresAt: Date },
): Promise<string> {
  const [row] = await tx.insert(passwordLinks).values(values).returning({ id: passwordLinks.id });
  if (!row) throw new Error("insertPasswordLink: no row returned");
  return row.id;
}

/** The live link with this digest and its account, or undefined (unknown, used or expired: the same answer). */
export async function findLivePasswordLink(db: DbOrTx, { tokenHash, now }: { tokenHash: string; now: Date }): Promise<LivePasswordLink | undefined> {
  const [row] = await db
    .select({ id: passwordLinks.id, userId: passwordLinks.userId, purpose: passwordLinks.purpose, email: users.email, name: users.name, isActive: users.isActive })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(and(eq(passwordLinks.tokenHash, tokenHash), isNull(passwordLinks.usedAt), gt(passwordLinks.expiresAt, now)))
    .limit(1);
  return row ? { ...row, purpose: row.purpose as PasswordLinkPurpose } : undefined;
}

/**
 * Uses the link (once) and every other live link of the same account, so an older reset email stops working too.
 * @returns false when the link was used (or expired) meanwhile
 */
export async function usePasswordLinks(tx: DbOrTx, { linkId, userId, now }: { linkId: string; userId: string; now: Date }): Promise<boolean> {
  const used = await tx
    .update(passwordLinks)
    .set({ usedAt: now })
    .where(and(eq(passwordLinks.id, linkId), isNull(passwordLinks.usedAt), gt(passwordLinks.expiresAt, now)))
    .returning({ id: passwordLinks.id });
  if (used.length === 0) return false;
  await tx.update(passwordLinks).set({ usedAt: now }).where(and(eq(passwordLinks.userId, userId), isNull(passwordLinks.usedAt)));
  return true;
}

/** How many links the account was sent since `since` (a person asking for resets again and again is slowed). */
export async function countRecentPasswordLinks(db: DbOrTx, { userId, since }: { userId: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(passwordLinks)
    .where(and(eq(passwordLinks.userId, userId), gt(passwordLinks.createdAt, since)));
  return row?.count ?? 0;
}

export async function updatePasswordHash(tx: DbOrTx, { userId, passwordHash }: { userId: string; passwordHash: string }): Promise<void> {
  await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
}

/** The account's password hash and profile, for a password change. */
export async function findAccount(db: DbOrTx, { userId }: { userId: string }): Promise<{ email: string; name: string; passwordHash: string } | undefined> {
  const [row] = await db.select({ email: users.email, name: users.name, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row;
}
