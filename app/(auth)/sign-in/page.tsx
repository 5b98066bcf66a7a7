import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "@/app/ui/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  // Checked against the database, not only the token: a deactivated user sees the form, not a redirect loop.
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="auth-card">
      <div>
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          CalMiner
        </span>
      </div>
      <div>
        <h1>Sign in</h1>
        <p className="auth-footnote">Plan mining projects, model cash flows and analyse risk.</p>
      </div>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="auth-footnote">Accounts are created by your organisation&apos;s administrator.</p>
    </div>
  );
}
