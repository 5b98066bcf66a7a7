import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/app/ui/auth/forgot-password-form";
import { Brand } from "@/app/ui/common/brand";
import { isEmailConfigured } from "@/lib/email";
import styles from "@/app/ui/auth/auth.module.css";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <div className={styles.card}>
      <div>
        <Brand />
      </div>
      <div>
        <h1>Forgot your password?</h1>
        <p className={styles.footnote}>
          {isEmailConfigured()
            ? "Give the email you sign in with: we send a link to choose a new password."
            : "This CalMiner sends no email yet, so ask your administrator for a reset link (Admin → Users)."}
        </p>
      </div>
      {isEmailConfigured() ? <ForgotPasswordForm /> : null}
      <p className={styles.footnote}>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
