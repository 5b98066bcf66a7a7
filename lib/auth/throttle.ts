import { and, desc, eq, gt, lt, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { signInAttempts } from "@/db/schema/identity";

/** Failures counted over this sliding window. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** At this many failures for one email inside the window, further attempts are refused. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** At this many failures from one client address inside the window, further attempts are refused. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Attempts older than this are deleted now and then; they no longer count for anything. */
const ATTEMPT_RETENTION_MS = 24 * 60 * 60_000;

export type ThrottleVerdict = { isThrottled: false } | { isThrottled: true; retryAfterMinutes: number };

type AttemptKey = { email: string; clientAddress: string; now?: Date };

/**
 * Whether a sign-in attempt must be refused. Per email, failures count only since the last success (a user
 * who got in is not locked out by earlier typos); per address, every failure in the window counts, so
 * signing in to one's own account does not reset an attack on others.
 */
export async function checkSignInThrottle(db: DbOrTx, { email, clientAddress, now = new Date() }: AttemptKey): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [lastSuccess] = await db
    .select({ attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.isSuccess, true), gt(signInAttempts.attemptedAt, windowStart)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(1);
  const emailCutoff = lastSuccess ? lastSuccess.attemptedAt : windowStart;
  const emailFailures = await recentFailures(db, eq(signInAttempts.email, email), emailCutoff, MAX_FAILURES_PER_EMAIL);
  const addressFailures = await recentFailures(db, eq(signInAttempts.clientAddress, clientAddress), windowStart, MAX_FAILURES_PER_ADDRESS);
  const unblockTimes = [
    unblockTime(emailFailures, MAX_FAILURES_PER_EMAIL),
    unblockTime(addressFailures, MAX_FAILURES_PER_ADDRESS),
  ].filter((t): t is number => t !== undefined);
  if (unblockTimes.length === 0) return { isThrottled: false };
  const waitMs = Math.max(...unblockTimes) - now.getTime();
  return { isThrottled: true, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
}

/** Records an attempt (success or failure) so every app instance sees it. */
export async function recordSignInAttempt(
  db: DbOrTx,
  { email, clientAddress, isSuccess, now = new Date() }: AttemptKey & { isSuccess: boolean },
): Promise<void> {
  await db.insert(signInAttempts).values({ email, clientAddress, isSuccess, attemptedAt: now });
}

/** Deletes attempts too old to matter. Cheap enough to run after a failed attempt. */
export async function pruneSignInAttempts(db: DbOrTx, now = new Date()): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, new Date(now.getTime() - ATTEMPT_RETENTION_MS)));
}

async function recentFailures(db: DbOrTx, match: SQL, after: Date, limit: number): Promise<Date[]> {
  const rows = await db
    .select({ attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(match, eq(signInAttempts.isSuccess, false), gt(signInAttempts.attemptedAt, after)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(limit);
  return rows.map((r) => r.attemptedAt);
}

/** With `limit` failures newest-first, the block lifts when the limit-th newest leaves the window. */
function unblockTime(failuresNewestFirst: Date[], limit: number): number | undefined {
  if (failuresNewestFirst.length < limit) return undefined;
  const oldestCounted = failuresNewestFirst[limit - 1];
  return oldestCounted ? oldestCounted.getTime() + SIGN_IN_WINDOW_MS : undefined;
}
