import { getDb, type DbOrTx } from "@/db";
import { findCredentialsByEmail } from "@/db/queries/auth";
import { countRecentPasswordLinks, findAccount, findLivePasswordLink, insertPasswordLink, updatePasswordHash, usePasswordLinks, type PasswordLinkPurpose } from "@/db/queries/password-links";
import { revokeSessions } from "@/db/queries/sessions";
import { forgetIdentity, notifyIdentityChanged } from "@/lib/auth/identity-memo";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-policy";
import { hashSecret, issueSecret } from "@/lib/auth/secret-tokens";
import { appUrl, isEmailConfigured, sendEmail } from "@/lib/email";
import { AppError } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/observability/log-error";
import type { ChangePasswordInput, SetPasswordInput } from "@/lib/validation/password";
import { recordPersonEvent } from "@/lib/auth/person-events";

// Passwords a person sets themself: through a single-use link (their first password, or a forgotten one) or by
// changing it with the current one. Every change ends sessions, as a person who suspects someone else knows their
// password expects: a reset ends all of them, a change all but the one it was made in.

const HOUR_MS = 3_600_000;
/** How long a link works: a first password (setup, invitation) is set within days, a reset within the hour. */
export const LINK_LIFETIME_MS: Record<"setup" | "forgot" | "admin_reset", number> = { setup: 72 * HOUR_MS, forgot: HOUR_MS, admin_reset: 24 * HOUR_MS };
/** Most reset links an account is sent per hour when someone (anyone) asks for them. */
const MAX_FORGOT_LINKS_PER_HOUR = 3;

export const LINK_INVALID = "LINK_INVALID";
/** The one answer to "forgot password", whoever asks about whichever email. */
export const FORGOT_PASSWORD_ANSWER = "If this email belongs to an account, a link to reset its password is on its way. It works for one hour.";
const linkInvalid = () => new AppError(LINK_INVALID, "This link has expired or was already used. Ask for a new one.", { status: 400 });

export type IssuedLink = { path: string; url: string; expiresAt: Date };

/** A new single-use link for the account (in the caller's transaction); only its digest is stored. */
export async function issuePasswordLink(
  tx: DbOrTx,
  { userId, purpose, issuedBy, lifetimeMs, now = new Date() }: { userId: string; purpose: PasswordLinkPurpose; issuedBy: string | null; lifetimeMs: number; now?: Date },
): Promise<IssuedLink> {
  const { token, hash } = issueSecret("pwl_");
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  await insertPasswordLink(tx, { userId, purpose, tokenHash: hash, issuedBy, expiresAt });
  const path = `/set-password?token=${encodeURIComponent(token)}`;
  return { path, url: appUrl(path), expiresAt };
}

/** Who a link is for, for the set-password page; null when it is unknown, used or expired. */
export async function describePasswordLink(token: string): Promise<{ email: string; name: string; purpose: PasswordLinkPurpose } | null> {
  const link = await findLivePasswordLink(await getDb(), { tokenHash: hashSecret(token), now: new Date() });
  return link && link.isActive ? { email: link.email, name: link.name, purpose: link.purpose } : null;
}

function refuseWeak(password: string, person: { name: string; email: string }, field: string): void {
  const weakness = passwordWeakness(password, person);
  if (weakness) throw new AppError("VALIDATION_FAILED", "Choose a stronger password", { fieldErrors: { [field]: [weakness] } });
}

/** Sets the password through a link: the link and every other link of the account are used up, every session ends. */
export async function setPasswordWithLink({ token, password }: SetPasswordInput, now = new Date()): Promise<{ email: string }> {
  const db = await getDb();
  const link = await findLivePasswordLink(db, { tokenHash: hashSecret(token), now });
  if (!link || !link.isActive) throw linkInvalid();
  refuseWeak(password, link, "password");
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    if (!(await usePasswordLinks(tx, { linkId: link.id, userId: link.userId, now }))) throw linkInvalid();
    await updatePasswordHash(tx, { userId: link.userId, passwordHash });
    await revokeSessions(tx, { userId: link.userId, now });
    await recordPersonEvent(tx, { userId: link.userId, actorUserId: link.userId, action: "password_reset", after: { purpose: link.purpose } });
    await notifyIdentityChanged(tx, link.userId);
  });
  forgetIdentity(link.userId);
  return { email: link.email };
}

/** Changes the password of the signed-in person; their other sessions end. */
export async function changePassword({ userId, sessionId, input }: { userId: string; sessionId: string | null; input: ChangePasswordInput }): Promise<void> {
  const db = await getDb();
  const account = await findAccount(db, { userId });
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION_FAILED", "Your current password is not right", { fieldErrors: { currentPassword: ["is not right"] } });
  }
  refuseWeak(input.newPassword, account, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, { userId, passwordHash });
    await revokeSessions(tx, { userId, now, exceptSessionId: sessionId ?? undefined });
    await recordPersonEvent(tx, { userId, actorUserId: userId, action: "password_change", after: { otherSessionsEnded: true } });
    await notifyIdentityChanged(tx, userId);
  });
  forgetIdentity(userId);
}

/**
 * "Forgot password": emails a reset link when the email belongs to an active account. The caller answers the same
 * whatever happened, and the email is sent after the answer, so neither the answer nor its timing tells whether the
 * email has an account.
 */
export async function requestPasswordReset({ email }: { email: string }, now = new Date()): Promise<void> {
  const db = await getDb();
  const account = await findCredentialsByEmail(db, { email });
  if (!account || !account.isActive || account.membershipCount === 0 || !isEmailConfigured()) return;
  const recent = await countRecentPasswordLinks(db, { userId: account.id, since: new Date(now.getTime() - HOUR_MS) });
  if (recent >= MAX_FORGOT_LINKS_PER_HOUR) return;
  const link = await issuePasswordLink(db, { userId: account.id, purpose: "reset_password", issuedBy: null, lifetimeMs: LINK_LIFETIME_MS.forgot, now });
  void sendEmail(resetEmail(account.email, account.name, link)).catch((error: unknown) => logUnexpectedError("email", "password reset email not sent", error));
}

export function resetEmail(to: string, name: string, link: IssuedLink): { to: string; subject: string; text: string } {
  return {
    to,
    subject: "Reset your CalMiner password",
    text: [
      `Hello ${name},`,
      "",
      "Someone asked to reset the password of your CalMiner account. To choose a new password, open this link:",
      "",
      link.url,
      "",
      `It works once, until ${link.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Signing in with the new password ends every other session.`,
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}
