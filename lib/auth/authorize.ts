import { z } from "zod";
import type { DbOrTx } from "@/db";
import { findCredentialsByEmail, recordLastSignIn } from "@/db/queries/auth";
import { getDummyPasswordHash, verifyPassword } from "./password";
import { checkSignInThrottle, pruneSignInAttempts, recordSignInAttempt } from "./throttle";

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

/**
 * Checks an email and password. Unknown emails are verified against a dummy hash, and inactive users and
 * users without any organisation are refused after the password check, so that every refusal takes the same
 * time and gives the same answer. Every checked attempt is recorded for throttling.
 */
export async function authorizeCredentials(
  db: DbOrTx,
  input: unknown,
  { clientAddress, now = new Date() }: { clientAddress: string; now?: Date },
): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  // A throttled attempt is not recorded: no password was checked, and recording it would let a user who keeps
  // retrying extend their own lock-out indefinitely.
  const verdict = await checkSignInThrottle(db, { email, clientAddress, now });
  if (verdict.isThrottled) return { ok: false, reason: "throttled", retryAfterMinutes: verdict.retryAfterMinutes };

  const user = await findCredentialsByEmail(db, { email });
  const isPasswordValid = await verifyPassword(user?.passwordHash ?? (await getDummyPasswordHash()), password);

  if (!user || !isPasswordValid || !user.isActive || user.membershipCount === 0) {
    await recordSignInAttempt(db, { email, clientAddress, isSuccess: false, now });
    await pruneSignInAttempts(db, now);
    return { ok: false, reason: "invalid" };
  }
  await recordSignInAttempt(db, { email, clientAddress, isSuccess: true, now });
  await recordLastSignIn(db, { userId: user.id, at: now });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
