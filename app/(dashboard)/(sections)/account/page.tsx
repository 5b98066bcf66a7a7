import type { Metadata } from "next";
import { Fragment } from "react";
import { requireUser } from "@/lib/auth/session";
import { sessionLifetimes } from "@/lib/auth/sessions";
import { listMySessions } from "@/lib/users/sessions";
import { formatRoleLabel } from "@/app/ui/format";
import { PageHeader } from "@/app/ui/common/page-header";
import { ChangePasswordForm } from "@/app/ui/account/change-password-form";
import { NumberFormatForm } from "@/app/ui/account/number-format-form";
import { SessionList } from "@/app/ui/account/session-list";
import layout from "@/app/ui/common/layout.module.css";
import { ApiTokensSection } from "./api-tokens-section";

export const metadata: Metadata = { title: "Your account" };

const HOUR_MS = 3_600_000;

function hoursText(ms: number): string {
  const hours = Math.round(ms / HOUR_MS);
  return hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? "" : "s"}` : `${hours} hour${hours === 1 ? "" : "s"}`;
}

/** The signed-in person's account: who they are, their organisations, and where they are signed in. */
export default async function AccountPage() {
  const user = await requireUser("/account");
  const sessions = await listMySessions({ userId: user.id, currentSessionId: user.sessionId });
  const { maxAgeMs, idleMs } = sessionLifetimes();
  return (
    <>
      <PageHeader title="Your account" description={`${user.name} · ${user.email}`} />
      <div className={layout.stack}>
        <section className={layout.stack} aria-labelledby="organisations-title">
          <h2 id="organisations-title">Organisations</h2>
          <dl className={layout.pairs}>
            {user.memberships.map((membership) => (
              <Fragment key={membership.organisationId}>
                <dt>{membership.organisationName}</dt>
                <dd>{formatRoleLabel(membership.role)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
        <section className={layout.stack} aria-labelledby="numbers-title">
          <h2 id="numbers-title">Numbers</h2>
          <p className={layout.muted}>
            How you type numbers and how they are shown back in input tables and forms. Text that could mean two
            numbers, such as 1,2,3, is refused rather than guessed at.
          </p>
          <NumberFormatForm numberFormat={user.numberFormat} />
        </section>
        <section className={layout.stack} aria-labelledby="password-title">
          <h2 id="password-title">Password</h2>
          <ChangePasswordForm email={user.email} />
        </section>
        <section className={layout.stack} aria-labelledby="sessions-title">
          <h2 id="sessions-title">Where you are signed in</h2>
          <p className={layout.muted}>
            A session ends {hoursText(maxAgeMs)} after sign-in, or after {hoursText(idleMs)} without use. Sign out a device you
            do not recognise, or everywhere if you think someone else has used your account.
          </p>
          <SessionList sessions={sessions} />
        </section>
        <ApiTokensSection user={user} />
      </div>
    </>
  );
}
