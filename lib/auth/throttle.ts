import type { DbOrTx } from "@/db";
import {
  deleteSignInAttemptsBefore,
  findLastSuccessfulSignIn,
  insertSignInAttempt,
  listRecentFailures,
} from "@/db/queries/sign-in-attempts";

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
  const emailCutoff = (await findLastSuccessfulSignIn(db, { email, after: windowStart })) ?? windowStart;
  const emailFailures = await listRecentFailures(db, { source: { email }, after: emailCutoff, limit: MAX_FAILURES_PER_EMAIL });
  const addressFailures = await listRecentFailures(db, { source: { clientAddress }, after: windowStart, limit: MAX_FAILURES_PER_ADDRESS });
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
  await insertSignInAttempt(db, { email, clientAddress, isSuccess, attemptedAt: now });
}

/** Deletes attempts too old to matter. Cheap enough to run after a failed attempt. */
export async function pruneSignInAttempts(db: DbOrTx, now = new Date()): Promise<void> {
  await deleteSignInAttemptsBefore(db, { before: new Date(now.getTime() - ATTEMPT_RETENTION_MS) });
}

/** With `limit` failures newest-first, the block lifts when the limit-th newest leaves the window. */
function unblockTime(failuresNewestFirst: Date[], limit: number): number | undefined {
  if (failuresNewestFirst.length < limit) return undefined;
  const oldestCounted = failuresNewestFirst[limit - 1];
  return oldestCounted ? oldestCounted.getTime() + SIGN_IN_WINDOW_MS : undefined;
}
