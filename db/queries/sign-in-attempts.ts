import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { signInAttempts } from "../schema/identity";

// Sign-in attempts, shared by every app instance: the throttle (lib/auth/throttle.ts) counts them.

/** Whose attempts: one email's, or one client address's. */
export type AttemptSource = { email: string } | { clientAddress: string };

/** When the email last signed in successfully after `after`, if it did. */
export async function findLastSuccessfulSignIn(db: DbOrTx, { email, after }: { email: string; after: Date }): Promise<Date | undefined> {
  const [lastSuccess] = await db
    .select({ attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.isSuccess, true), gt(signInAttempts.attemptedAt, after)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(1);
  return lastSuccess?.attemptedAt;
}

/** The times of the source's failed attempts after `after`, newest first, at most `limit`. */
export async function listRecentFailures(
  db: DbOrTx,
  { source, after, limit }: { source: AttemptSource; after: Date; limit: number },
): Promise<Date[]> {
  const match = "email" in source ? eq(signInAttempts.email, source.email) : eq(signInAttempts.clientAddress, source.clientAddress);
  const rows = await db
    .select({ attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(match, eq(signInAttempts.isSuccess, false), gt(signInAttempts.attemptedAt, after)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(limit);
  return rows.map((r) => r.attemptedAt);
}

export async function insertSignInAttempt(
  db: DbOrTx,
  attempt: { email: string; clientAddress: string; isSuccess: boolean; attemptedAt: Date },
): Promise<void> {
  await db.insert(signInAttempts).values(attempt);
}

export async function deleteSignInAttemptsBefore(db: DbOrTx, { before }: { before: Date }): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, before));
}
