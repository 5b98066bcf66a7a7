"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import { readRepeatedPassword } from "./repeated-password";
import buttons from "@/app/ui/common/button.module.css";

const PASSWORD_HINT = "At least 12 characters. A few unrelated words make a strong password that is easy to remember.";

/** New password (twice) for a single-use link; on success, on to sign in with it. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const submit = useApiSubmit({ LINK_INVALID: "This link has expired or was already used. Ask for a new one." });
  const [mismatch, setMismatch] = useState<string | undefined>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { password, mismatch: notSame } = readRepeatedPassword(form, "password");
    setMismatch(notSame);
    if (notSame) return;
    const result = await submit.run(() => api.post("/api/password/set", { token, password }));
    if (result.ok) router.replace(`/sign-in?notice=password-set`);
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby="set-password-error">
      <FormError id="set-password-error" message={submit.message} />
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required hint={PASSWORD_HINT} errors={submit.fieldErrors.password} />
      <TextField label="Repeat the new password" name="confirm" type="password" autoComplete="new-password" required errors={mismatch} />
      <button type="submit" className={`${buttons.button} ${buttons.primary} ${buttons.block}`} disabled={submit.pending}>
        {submit.pending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
