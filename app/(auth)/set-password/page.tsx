import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/app/ui/auth/set-password-form";
import { Brand } from "@/app/ui/common/brand";
import { describePasswordLink } from "@/lib/users/passwords";
import styles from "@/app/ui/auth/auth.module.css";

export const metadata: Metadata = { title: "Set your password" };

type SetPasswordPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page a single-use password link opens: who it is for, and the new password; or why the link no longer works. */
export default async function SetPasswordPage({ searchParams }: SetPasswordPageProps) {
  const { token } = await searchParams;
  const link = typeof token === "string" && token.length <= 100 ? await describePasswordLink(token) : null;
  return (
    <div className={styles.card}>
      <div>
        <Brand />
      </div>
      {link && typeof token === "string" ? (
        <>
          <div>
            <h1>{link.purpose === "set_password" ? "Set your password" : "Choose a new password"}</h1>
            <p className={styles.footnote}>
              For {link.name} ({link.email}). {link.purpose === "reset_password" ? "Every session of this account ends when you save." : null}
            </p>
          </div>
          <SetPasswordForm token={token} email={link.email} />
        </>
      ) : (
        <div>
          <h1>This link no longer works</h1>
          <p className={styles.footnote}>
            It has expired or was already used. <Link href="/forgot-password">Ask for a new reset link</Link>, or ask your administrator for one.
          </p>
        </div>
      )}
      <p className={styles.footnote}>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
