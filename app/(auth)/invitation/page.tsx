import type { Metadata } from "next";
import Link from "next/link";
import { AcceptAsMember, AcceptAsNewAccount } from "@/app/ui/auth/accept-invitation";
import { Brand } from "@/app/ui/common/brand";
import { formatRoleLabel, formatWhen } from "@/app/ui/format";
import { getCurrentUser } from "@/lib/auth/session";
import { describeInvitation, type InvitationSummary } from "@/lib/users/invitations";
import styles from "@/app/ui/auth/auth.module.css";

export const metadata: Metadata = { title: "Invitation" };

type InvitationPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page an invitation link opens: what it offers, and how to accept (signed in, or as a new account). */
export default async function InvitationPage({ searchParams }: InvitationPageProps) {
  const { token } = await searchParams;
  const invitation = typeof token === "string" && token.length <= 100 ? await describeInvitation(token) : null;
  return (
    <div className={styles.card}>
      <div>
        <Brand />
      </div>
      {invitation && typeof token === "string" ? <Offer token={token} invitation={invitation} /> : <NoLongerValid />}
    </div>
  );
}

async function Offer({ token, invitation }: { token: string; invitation: InvitationSummary }) {
  const user = await getCurrentUser();
  const selfPath = `/invitation?token=${encodeURIComponent(token)}`;
  return (
    <>
      <div>
        <h1>Join {invitation.organisationName}</h1>
        <p className={styles.footnote}>
          {invitation.invitedByName ?? "An administrator"} invites {invitation.email} as {formatRoleLabel(invitation.role).toLowerCase()}. The
          invitation works once, until {formatWhen(invitation.expiresAt)}.
        </p>
      </div>
      {user && user.email === invitation.email ? <AcceptAsMember token={token} /> : null}
      {user && user.email !== invitation.email ? (
        <p className={styles.footnote}>
          You are signed in as {user.email}. To accept, sign out and open this link again: then sign in as {invitation.email} or create that account.
        </p>
      ) : null}
      {user ? null : (
        <>
          <AcceptAsNewAccount token={token} email={invitation.email} />
          <p className={styles.footnote}>
            Already have a CalMiner account with {invitation.email}? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(selfPath)}`}>Sign in to accept</Link>.
          </p>
        </>
      )}
    </>
  );
}

function NoLongerValid() {
  return (
    <div>
      <h1>This invitation no longer works</h1>
      <p className={styles.footnote}>
        It has expired, was withdrawn or was already accepted. Ask the administrator who invited you for a new one, or{" "}
        <Link href="/sign-in">sign in</Link> if you have accepted it.
      </p>
    </div>
  );
}
