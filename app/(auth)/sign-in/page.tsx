import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import Link from "next/link";
import { SignInForm } from "@/app/ui/auth/sign-in-form";
import { needsFirstAdmin } from "@/lib/users/first-admin";
import alerts from "@/app/ui/common/alert.module.css";
import { Brand } from "@/app/ui/common/brand";
import styles from "@/app/ui/auth/auth.module.css";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  // Checked against the database, not only the token: a deactivated user sees the form, not a redirect loop.
  if (await getCurrentUser()) redirect(callbackUrl);
  // Auth.js sends people here with ?error=…&code=… when its own endpoints refuse a sign-in.
  const initialMessage = typeof params.error === "string" ? signInErrorMessage(params.error, firstValue(params.code)) : undefined;
  const notice = NOTICES[firstValue(params.notice) ?? ""];
  return (
    <div className={styles.card}>
      <div>
        <Brand />
      </div>
      <div>
        <h1>Sign in</h1>
        <p className={styles.footnote}>Plan mining projects, model cash flows and analyse risk.</p>
      </div>
      {notice ? (
        <p className={`${alerts.alert} ${alerts.success}`} role="status">
          {notice}
        </p>
      ) : null}
      {(await needsFirstAdmin()) ? <NoAdministratorYet /> : null}
      <SignInForm callbackUrl={callbackUrl} initialMessage={initialMessage} />
      <p className={styles.footnote}>
        <Link href="/forgot-password">Forgot your password?</Link> Accounts are made by invitation from your organisation&apos;s administrator.
      </p>
    </div>
  );
}

/** What a page that sent the person here to sign in has done (?notice=…). */
const NOTICES: Record<string, string> = {
  "password-set": "Your password is set. Sign in with it.",
  "account-created": "Your account is ready and you have joined the organisation. Sign in.",
};

/** A new installation: nobody can sign in until the first administrator is created on the server. */
function NoAdministratorYet() {
  return (
    <div className={`${alerts.alert} ${alerts.notice}`} role="note">
      <p>This CalMiner has no administrator yet. On the server, run:</p>
      <p>
        <code>npm run setup -- --organisation &quot;Your company&quot; --admin-email you@example.com</code>
      </p>
      <p>and open the link it prints to set the administrator&apos;s password.</p>
    </div>
  );
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
