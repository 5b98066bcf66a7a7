"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { switchOrganisationAction } from "@/lib/auth/actions";
import { api } from "@/lib/client/api-client";
import { readRepeatedPassword } from "./repeated-password";
import buttons from "@/app/ui/common/button.module.css";

type Accepted = { organisationId: string; email: string; isNewAccount: boolean };

const MESSAGES = {
  INVITATION_INVALID: "This invitation has expired, was withdrawn or was already accepted. Ask for a new one.",
  ACCOUNT_EXISTS: "An account with this email exists already: sign in with it to accept.",
};

/** For a signed-in person whose email the invitation names: one button, then on to the organisation. */
export function AcceptAsMember({ token }: { token: string }) {
  const router = useRouter();
  const submit = useApiSubmit(MESSAGES);

  async function accept() {
    const result = await submit.run(() => api.post<Accepted>("/api/invitations/accept", { token }));
    if (!result.ok) return;
    const form = new FormData();
    form.set("organisationId", result.value.organisationId);
    await switchOrganisationAction(form);
    router.push("/dashboard");
  }

  return (
    <div>
      <FormError message={submit.message} />
      <button type="button" className={`${buttons.button} ${buttons.primary} ${buttons.block}`} disabled={submit.pending} onClick={accept}>
        {submit.pending ? "Accepting…" : "Accept the invitation"}
      </button>
    </div>
  );
}

/** For a new person: their own name and password; the account is made with the invitation's email. */
export function AcceptAsNewAccount({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const submit = useApiSubmit(MESSAGES);
  const [mismatch, setMismatch] = useState<string | undefined>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const { password, mismatch: notSame } = readRepeatedPassword(form, "password");
    setMismatch(notSame);
    if (notSame) return;
    const result = await submit.run(() => api.post<Accepted>("/api/invitations/accept", { token, name: String(form.get("name") ?? ""), password }));
    if (result.ok) router.replace(`/sign-in?notice=account-created`);
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby="accept-error">
      <FormError id="accept-error" message={submit.message} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="Your name" name="name" autoComplete="name" required errors={submit.fieldErrors.name} />
      <TextField
        label="Choose a password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember."
        errors={submit.fieldErrors.password}
      />
      <TextField label="Repeat the password" name="confirm" type="password" autoComplete="new-password" required errors={mismatch} />
      <button type="submit" className={`${buttons.button} ${buttons.primary} ${buttons.block}`} disabled={submit.pending}>
        {submit.pending ? "Creating your account…" : "Create my account and join"}
      </button>
    </form>
  );
}
