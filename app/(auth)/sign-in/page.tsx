import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { SignInForm } from "@/app/ui/auth/sign-in-form";
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
  return (
    <div className={styles.card}>
      <div>
        <Brand />
      </div>
      <div>
        <h1>Sign in</h1>
        <p className={styles.footnote}>Plan mining projects, model cash flows and analyse risk.</p>
      </div>
      <SignInForm callbackUrl={callbackUrl} initialMessage={initialMessage} />
      <p className={styles.footnote}>Accounts are created by your organisation&apos;s administrator.</p>
    </div>
  );
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
