"use client";

import { useRef, useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import { readRepeatedPassword } from "@/app/ui/auth/repeated-password";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import styles from "./account.module.css";

/** Current password, then the new one twice; success ends every other session (said before and after). */
export function ChangePasswordForm({ email }: { email: string }) {
  const submit = useApiSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const [mismatch, setMismatch] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const form = new FormData(event.currentTarget);
    const { password: newPassword, mismatch: notSame } = readRepeatedPassword(form, "newPassword");
    setMismatch(notSame);
    if (notSame) return;
    const result = await submit.run(() => api.post("/api/me/password", { currentPassword: String(form.get("currentPassword") ?? ""), newPassword }));
    if (!result.ok) return;
    formRef.current?.reset();
    setDone(true);
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={handleSubmit} noValidate aria-label="Change password" aria-describedby="change-password-error">
      <FormError id="change-password-error" message={submit.message} />
      <div role="status">
        {done ? <p className={`${alerts.alert} ${alerts.success}`}>Password changed. You were signed out everywhere else.</p> : null}
      </div>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={submit.fieldErrors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters, not a common password. Your other sessions end when you save."
        errors={submit.fieldErrors.newPassword}
      />
      <TextField label="Repeat the new password" name="confirm" type="password" autoComplete="new-password" required errors={mismatch} />
      <div>
        <button type="submit" className={`${buttons.button} ${buttons.primary}`} disabled={submit.pending}>
          {submit.pending ? "Saving…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
