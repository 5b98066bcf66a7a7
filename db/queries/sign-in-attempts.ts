import { and, count, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { signInAttempts } from "../schema/identity";

// Sign-in attempts, shared by every app instance: the throttle (lib/auth/throttle.ts) counts them.

/** Whose attempts: one email's, one client address's, or one email's from one address. */
export type AttemptSource = { email: string } | { clientAddress: string } | { email: string; clientAddress: string };

function matchSource(source: AttemptSource) {
  const byEmail = "email" in source ? eq(signInAttempts.email, source.email) : undefined;
  const byAddress = "clientAddress" in source ? eq(signInAttempts.clientAddress, source.clientAddress) : undefined;
  return and(byEmail, byAddress);
}

/**
 * Serialises the sign-in attempts from one client address until the transaction ends, so that counting its
 * failures, deciding and recording the attempt are one step (parallel attempts cannot all see the same count).
 */
export async function lockAttemptsFrom(tx: DbOrTx, clientAddress: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in:${clientAddress}`}, 0))`);
}

/** When the source last signed in successfully after `after`, if it did. */
export async function findLastSuccessfulSignIn(db: DbOrTx, { source, after }: { source: AttemptSource; after: Date }): Promise<Date | undefined> {
  const [lastSuccess] = await db
    .select({ attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(matchSource(source), eq(signInAttempts.isSuccess, true), gt(signInAttempts.attemptedAt, after)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(1);
  return lastSuccess?.attemptedAt;
}

/** The times of the source's failed attempts after `after`, newest first, at most `limit`. */
export async function listRecentFailures(
  db: DbOrTx,
  { source, after, limit }: { source: AttemptSource; after: Date; limit: number },
): Promise<Date[]> {
  const rows = await db
    .select({ attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(matchSource(source), eq(signInAttempts.isSuccess, false), gt(signInAttempts.attemptedAt, after)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(limit);
  return rows.map((r) => r.attemptedAt);
}

/** How many failed attempts the source made after `after` (from every address, for an email). */
export async function countRecentFailures(db: DbOrTx, { source, after }: { source: AttemptSource; after: Date }): Promise<number> {
  const [row] = await db
    .select({ failures: count() })
    .from(signInAttempts)
    .where(and(matchSource(source), eq(signInAttempts.isSuccess, false), gt(signInAttempts.attemptedAt, after)));
  return row?.failures ?? 0;
}

/** @returns the attempt's id */
export async function insertSignInAttempt(
  db: DbOrTx,
  attempt: { email: string; clientAddress: string; isSuccess: boolean; attemptedAt: Date },
): Promise<string> {
  const [inserted] = await db.insert(signInAttempts).values(attempt).returning({ id: signInAttempts.id });
  if (!inserted) throw new Error("sign-in attempt not inserted");
  return inserted.id;
}

export async function markSignInAttemptSucceeded(db: DbOrTx, attemptId: string): Promise<void> {
  await db.update(signInAttempts).set({ isSuccess: true }).where(eq(signInAttempts.id, attemptId));
}

export async function deleteSignInAttemptsBefore(db: DbOrTx, { before }: { before: Date }): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, before));
}
