import { z } from "zod";
import type { DbOrTx } from "@/db";
import { findCredentialsByEmail, recordLastSignIn } from "@/db/queries/auth";
import { getDummyPasswordHash, verifyPassword } from "./password";
import { auditSignIn } from "./sign-in-audit";
import { beginSignInAttempt, markSignInSucceeded, pruneSignInAttempts } from "./throttle";

export const INVALID_CREDENTIALS_MESSAGE = "Invalid email or password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(512),
});
export type CredentialsInput = z.infer<typeof credentialsSchema>;

export type SignedInUser = { id: string; email: string; name: string };

export type AuthorizeResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/** Waits `ms` milliseconds (tests pass a recorder instead). */
export type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. Unknown emails are verified against a dummy hash, and inactive users and
 * users without any organisation are refused after the password check, so that every refusal takes the same
 * time and gives the same answer. Every checked attempt is recorded for throttling (lib/auth/throttle.ts), before
 * its password is checked, so parallel attempts cannot get past the limits.
 */
export async function authorizeCredentials(
  db: DbOrTx,
  input: unknown,
  { clientAddress, now = new Date(), wait = sleep }: { clientAddress: string; now?: Date; wait?: Sleep },
): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const ticket = await beginSignInAttempt(db, { email, clientAddress, now });
  if (ticket.isThrottled) return { ok: false, reason: "throttled", retryAfterMinutes: ticket.retryAfterMinutes };
  // An account under attack from elsewhere is slowed down, never locked (its owner must still get in).
  if (ticket.slowDownMs > 0) await wait(ticket.slowDownMs);

  const user = await findCredentialsByEmail(db, { email });
  const isPasswordValid = await verifyPassword(user?.passwordHash ?? (await getDummyPasswordHash()), password);

  if (!user || !isPasswordValid || !user.isActive || user.membershipCount === 0) {
    if (user) await auditSignIn(db, { userId: user.id, outcome: "failed", clientAddress });
    await pruneSignInAttempts(db, now);
    return { ok: false, reason: "invalid" };
  }
  await markSignInSucceeded(db, ticket.attemptId);
  await recordLastSignIn(db, { userId: user.id, at: now });
  await auditSignIn(db, { userId: user.id, outcome: "succeeded", clientAddress });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
