import { getDb } from "@/db";
import { acceptInvitationRow, findLiveInvitation, insertInvitation, listPendingInvitations, revokeInvitation as revokeInvitationRow, revokePendingInvitationsOf, type PendingInvitation } from "@/db/queries/invitations";
import { isUniqueViolation } from "@/db/queries/pg-errors";
import { findUserIdByEmail, getMember, insertAccount, insertMembership, lockOrganisationMembers } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-policy";
import { hashSecret, issueSecret } from "@/lib/auth/secret-tokens";
import type { Role } from "@/lib/domain/roles";
import { appUrl, isEmailConfigured, sendEmail } from "@/lib/email";
import { AppError } from "@/lib/errors";
import type { AcceptInvitationInput, InviteMemberInput } from "@/lib/validation/invitation";
import { write } from "@/lib/writes";
import { invitationEmail } from "./invitation-email";
import { alreadyMember } from "./rules";

// Invitations instead of admin-chosen passwords: an admin invites an email with a role; the single-use link (only
// its digest is stored) goes by email, or to the admin to pass on when no email is configured. The person accepts
// signed in (an account they already have) or by choosing their own name and password. Nothing here tells an admin
// whether an email has an account elsewhere.

const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;

export type InvitationView = { id: string; email: string; role: Role; invitedByName: string | null; createdAt: string; expiresAt: string };
export type IssuedInvitation = { invitation: InvitationView; emailed: boolean; path?: string };

const toView = (row: PendingInvitation): InvitationView => ({ ...row, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString() });
const invitationInvalid = () => new AppError("INVITATION_INVALID", "This invitation has expired, was withdrawn or was already accepted. Ask for a new one.", { status: 400 });

/**
 * Invites an email into the organisation (replacing a pending invitation of the same email), audited.
 * @throws ALREADY_MEMBER (409) when the email's account is a member of this organisation already
 */
export async function inviteMember({
  organisationId,
  organisationName,
  actorUserId,
  actorName,
  input,
}: { organisationId: string; organisationName: string; actorUserId: string; actorName: string; input: InviteMemberInput }): Promise<IssuedInvitation> {
  const now = new Date();
  const { token, hash } = issueSecret("inv_");
  const row = await write({ organisationId, userId: actorUserId }, async (w) => {
    await lockOrganisationMembers(w.tx, { organisationId });
    const existingId = await findUserIdByEmail(w.tx, { email: input.email });
    if (existingId && (await getMember(w.tx, { organisationId, userId: existingId }))) throw alreadyMember();
    const replaced = await revokePendingInvitationsOf(w.tx, { organisationId, email: input.email, now });
    const inserted = await insertInvitation(w.tx, { organisationId, ...input, tokenHash: hash, invitedBy: actorUserId, expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS) });
    await w.audit([
      ...replaced.map((id) => ({ action: "revoke" as const, entityType: "invitation" as const, entityId: id, before: { email: input.email } })),
      { action: "create", entityType: "invitation", entityId: inserted.id, after: { email: input.email, role: input.role, expiresAt: inserted.expiresAt.toISOString() } },
    ]);
    return { ...inserted, invitedByName: actorName };
  });
  const path = `/invitation?token=${encodeURIComponent(token)}`;
  if (!isEmailConfigured()) return { invitation: toView(row), emailed: false, path };
  try {
    await sendEmail(invitationEmail({ to: input.email, organisationName, inviterName: actorName, role: input.role, url: appUrl(path), expiresAt: row.expiresAt }));
  } catch {
    throw new AppError("EMAIL_NOT_SENT", "The invitation was saved but its email could not be sent. Check the mail server, then invite again.", { status: 503 });
  }
  return { invitation: toView(row), emailed: true };
}

export async function listInvitations({ organisationId }: { organisationId: string }): Promise<InvitationView[]> {
  return (await listPendingInvitations(await getDb(), { organisationId, now: new Date() })).map(toView);
}

/** Withdraws a pending invitation. @returns false when there is none with this id in the organisation (404) */
export async function revokeInvitation({ organisationId, actorUserId, invitationId }: { organisationId: string; actorUserId: string; invitationId: string }): Promise<boolean> {
  return write({ organisationId, userId: actorUserId }, async (w) => {
    const revoked = await revokeInvitationRow(w.tx, { organisationId, invitationId, now: new Date() });
    if (!revoked) return false;
    await w.audit({ action: "revoke", entityType: "invitation", entityId: invitationId, before: { email: revoked.email, role: revoked.role } });
    return true;
  });
}

export type InvitationSummary = { organisationName: string; email: string; role: Role; invitedByName: string | null; expiresAt: string };

/** What the invitation page shows; null when the link is unknown, used, withdrawn or expired. */
export async function describeInvitation(token: string): Promise<InvitationSummary | null> {
  const invitation = await findLiveInvitation(await getDb(), { tokenHash: hashSecret(token), now: new Date() });
  if (!invitation) return null;
  const { organisationName, email, role, invitedByName, expiresAt } = invitation;
  return { organisationName, email, role, invitedByName, expiresAt: expiresAt.toISOString() };
}

type Acceptor = { id: string; email: string } | null;

/**
 * Accepts an invitation: as the signed-in person (whose email must be the invitation's), or with a new account of
 * the invitation's email, its name and password chosen by the person.
 * @throws INVITATION_INVALID (400), INVITATION_FOR_ANOTHER_EMAIL (403), ACCOUNT_EXISTS (409), VALIDATION_FAILED (400)
 */
export async function acceptInvitation({ input, signedIn }: { input: AcceptInvitationInput; signedIn: Acceptor }): Promise<{ organisationId: string; email: string; isNewAccount: boolean }> {
  const now = new Date();
  const invitation = await findLiveInvitation(await getDb(), { tokenHash: hashSecret(input.token), now });
  if (!invitation) throw invitationInvalid();
  if (signedIn && signedIn.email !== invitation.email) {
    throw new AppError("INVITATION_FOR_ANOTHER_EMAIL", `This invitation is for ${invitation.email}: sign out, then accept it signed in with that email or as a new account`, { status: 403 });
  }
  const newAccount = signedIn ? undefined : await newAccountFor(invitation.email, input);
  try {
    return await write({ organisationId: invitation.organisationId, userId: signedIn?.id ?? null }, async (w) => {
      await lockOrganisationMembers(w.tx, { organisationId: invitation.organisationId });
      if (newAccount && (await findUserIdByEmail(w.tx, { email: invitation.email }))) throw accountExists();
      const userId = signedIn?.id ?? (newAccount ? await insertAccount(w.tx, newAccount) : "");
      if (!(await acceptInvitationRow(w.tx, { invitationId: invitation.id, userId, now }))) throw invitationInvalid();
      const isMember = (await getMember(w.tx, { organisationId: invitation.organisationId, userId })) !== undefined;
      if (!isMember) await insertMembership(w.tx, { organisationId: invitation.organisationId, userId, role: invitation.role });
      await w.audit([
        ...(newAccount ? [{ action: "create" as const, entityType: "user" as const, entityId: userId, after: { name: newAccount.name, email: newAccount.email } }] : []),
        { action: "accept", entityType: "invitation", entityId: invitation.id, after: { email: invitation.email, role: invitation.role, userId } },
        ...(isMember ? [] : [{ action: "create" as const, entityType: "membership" as const, entityId: userId, after: { userId, email: invitation.email, role: invitation.role } }]),
      ]);
      return { organisationId: invitation.organisationId, email: invitation.email, isNewAccount: newAccount !== undefined };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) throw accountExists();
    throw error;
  }
}

async function newAccountFor(email: string, input: AcceptInvitationInput): Promise<{ name: string; email: string; passwordHash: string }> {
  const fieldErrors: Record<string, string[]> = {};
  if (!input.name) fieldErrors.name = ["Enter your name"];
  if (!input.password) fieldErrors.password = ["Choose a password"];
  const weakness = input.password ? passwordWeakness(input.password, { name: input.name, email }) : null;
  if (weakness) fieldErrors.password = [weakness];
  if (Object.keys(fieldErrors).length > 0 || !input.name || !input.password) throw new AppError("VALIDATION_FAILED", "Check your name and password", { fieldErrors });
  return { name: input.name, email, passwordHash: await hashPassword(input.password) };
}

function accountExists(): AppError {
  return new AppError("ACCOUNT_EXISTS", "An account with this email exists: sign in with it to accept the invitation", { status: 409 });
}
