import { getMember, countOtherOrganisationsOf } from "@/db/queries/users";
import { appUrl, isEmailConfigured, sendEmail } from "@/lib/email";
import { AppError } from "@/lib/errors";
import { write } from "@/lib/writes";
import { issuePasswordLink, LINK_LIFETIME_MS, resetEmail, type IssuedLink } from "./passwords";

// An admin's help for a member who forgot their password: a reset link. With email configured it goes to the member
// only; without, the admin is shown it to pass on, which is allowed only for an account that belongs to this
// organisation alone (else one organisation's admin could take over a person's access to another organisation).

export type MemberResetLink = { emailed: true; expiresAt: Date } | { emailed: false; path: string; expiresAt: Date };

/**
 * Issues a reset link for a member (audited in the organisation).
 * @returns undefined when the user is not a member (404)
 * @throws ACCOUNT_SHARED (422) without email for an account shared with another organisation; ACCOUNT_INACTIVE (422)
 */
export async function issueMemberResetLink({ organisationId, actorUserId, userId }: { organisationId: string; actorUserId: string; userId: string }): Promise<MemberResetLink | undefined> {
  const emailed = isEmailConfigured();
  const issued = await write({ organisationId, userId: actorUserId }, async (w) => {
    const member = await getMember(w.tx, { organisationId, userId });
    if (!member) return undefined;
    if (!member.isActive) throw new AppError("ACCOUNT_INACTIVE", "This account is deactivated: reactivate it before resetting its password", { status: 422 });
    if (!emailed && (await countOtherOrganisationsOf(w.tx, { organisationId, userId })) > 0) {
      throw new AppError(
        "ACCOUNT_SHARED",
        "This person also belongs to another organisation, so only they can reset their password (Forgot password on the sign-in page, once email is configured)",
        { status: 422 },
      );
    }
    const link = await issuePasswordLink(w.tx, { userId, purpose: "reset_password", issuedBy: actorUserId, lifetimeMs: LINK_LIFETIME_MS.admin_reset });
    await w.audit({ action: "create", entityType: "password_link", entityId: userId, after: { purpose: "reset_password", emailed, expiresAt: link.expiresAt.toISOString() } });
    return { member, link };
  });
  if (!issued) return undefined;
  if (!emailed) return { emailed: false, path: issued.link.path, expiresAt: issued.link.expiresAt };
  await sendOrFail(issued.member.email, issued.member.name, issued.link);
  return { emailed: true, expiresAt: issued.link.expiresAt };
}

async function sendOrFail(to: string, name: string, link: IssuedLink): Promise<void> {
  try {
    await sendEmail(resetEmail(to, name, { ...link, url: appUrl(link.path) }));
  } catch {
    throw new AppError("EMAIL_NOT_SENT", "The email could not be sent. Check the mail server, then try again.", { status: 503 });
  }
}
