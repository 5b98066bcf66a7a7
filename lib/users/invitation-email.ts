import type { OutgoingEmail } from "@/lib/email";
import type { Role } from "@/lib/domain/roles";

const ROLE_WORDS: Record<Role, string> = { viewer: "a viewer", analyst: "an analyst", project_manager: "a project manager", admin: "an administrator" };

/** The invitation email: who invites, into what, as what, and the single-use link with its expiry. */
export function invitationEmail(invite: { to: string; organisationName: string; inviterName: string; role: Role; url: string; expiresAt: Date }): OutgoingEmail {
  return {
    to: invite.to,
    subject: `${invite.inviterName} invites you to ${invite.organisationName} on CalMiner`,
    text: [
      "Hello,",
      "",
      `${invite.inviterName} invites you to join ${invite.organisationName} on CalMiner as ${ROLE_WORDS[invite.role]}.`,
      "To accept, open this link, then sign in or choose your name and password:",
      "",
      invite.url,
      "",
      `It works once, until ${invite.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. If you did not expect it, ignore this email.`,
    ].join("\n"),
  };
}
