import type { DbOrTx } from "@/db";
import {
  countRecentFailures,
  deleteSignInAttemptsBefore,
  findLastSuccessfulSignIn,
  insertSignInAttempt,
  listRecentFailures,
  lockAttemptsFrom,
  markSignInAttemptSucceeded,
} from "@/db/queries/sign-in-attempts";

// Sign-in throttling that can be neither raced nor turned against a victim:
// - one client address trying one account: refused after MAX_FAILURES_PER_PAIR failures (since the pair's last
//   success) in the window; one address trying many accounts: refused after MAX_FAILURES_PER_ADDRESS;
// - the account as a whole is never refused (a stranger elsewhere could lock its owner out): its failures from
//   every address only slow each attempt down, by ACCOUNT_SLOWDOWN_STEP_MS per failure past the pair limit;
// - the count, the decision and the record are one step under a lock on the client address, so parallel
//   attempts queue instead of all reading the same count.

/** Failures counted over this sliding window. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** At this many failures of one account from one address inside the window, that address is refused for it. */
export const MAX_FAILURES_PER_PAIR = 5;
/** At this many failures from one client address inside the window, further attempts from it are refused. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Extra wait per failure of the account (any address) beyond MAX_FAILURES_PER_PAIR, in ms, up to the cap. */
export const ACCOUNT_SLOWDOWN_STEP_MS = 250;
export const ACCOUNT_SLOWDOWN_MAX_MS = 3_000;
/** Attempts older than this are deleted now and then; they no longer count for anything. */
const ATTEMPT_RETENTION_MS = 24 * 60 * 60_000;

export type AttemptKey = { email: string; clientAddress: string; now?: Date };

/** An attempt that may go on (already recorded as a failure until `markSignInSucceeded`), or the wait. */
export type AttemptTicket =
  | { isThrottled: false; attemptId: string; slowDownMs: number }
  | { isThrottled: true; retryAfterMinutes: number };

/**
 * Decides and, when allowed, records the attempt as a failure, in one transaction under the address's lock.
 * A refused attempt is not recorded: no password was checked, and recording it would let a person who keeps
 * retrying extend their own wait for ever.
 */
export async function beginSignInAttempt(db: DbOrTx, { email, clientAddress, now = new Date() }: AttemptKey): Promise<AttemptTicket> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  return db.transaction(async (tx) => {
    await lockAttemptsFrom(tx, clientAddress);
    const pair = { email, clientAddress };
    const pairCutoff = (await findLastSuccessfulSignIn(tx, { source: pair, after: windowStart })) ?? windowStart;
    const pairFailures = await listRecentFailures(tx, { source: pair, after: pairCutoff, limit: MAX_FAILURES_PER_PAIR });
    const addressFailures = await listRecentFailures(tx, { source: { clientAddress }, after: windowStart, limit: MAX_FAILURES_PER_ADDRESS });
    const unblockTimes = [unblockTime(pairFailures, MAX_FAILURES_PER_PAIR), unblockTime(addressFailures, MAX_FAILURES_PER_ADDRESS)];
    const latest = Math.max(...unblockTimes.filter((time): time is number => time !== undefined));
    if (Number.isFinite(latest)) return { isThrottled: true, retryAfterMinutes: Math.max(1, Math.ceil((latest - now.getTime()) / 60_000)) };

    const accountFailures = await countRecentFailures(tx, { source: { email }, after: windowStart });
    const attemptId = await insertSignInAttempt(tx, { email, clientAddress, isSuccess: false, attemptedAt: now });
    return { isThrottled: false, attemptId, slowDownMs: accountSlowDown(accountFailures) };
  });
}

/** The attempt's password was right: it counts as a success (and resets its pair's failures). */
export async function markSignInSucceeded(db: DbOrTx, attemptId: string): Promise<void> {
  await markSignInAttemptSucceeded(db, attemptId);
}

/** Deletes attempts too old to matter. Cheap enough to run after a failed attempt. */
export async function pruneSignInAttempts(db: DbOrTx, now = new Date()): Promise<void> {
  await deleteSignInAttemptsBefore(db, { before: new Date(now.getTime() - ATTEMPT_RETENTION_MS) });
}

/** How long an attempt on an account with `failures` recent failures (from anywhere) waits, in ms. */
export function accountSlowDown(failures: number): number {
  return Math.min(Math.max(0, failures - MAX_FAILURES_PER_PAIR + 1) * ACCOUNT_SLOWDOWN_STEP_MS, ACCOUNT_SLOWDOWN_MAX_MS);
}

/** With `limit` failures newest-first, the block lifts when the limit-th newest leaves the window. */
function unblockTime(failuresNewestFirst: Date[], limit: number): number | undefined {
  if (failuresNewestFirst.length < limit) return undefined;
  const oldestCounted = failuresNewestFirst[limit - 1];
  return oldestCounted ? oldestCounted.getTime() + SIGN_IN_WINDOW_MS : undefined;
}
