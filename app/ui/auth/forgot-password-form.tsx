"use client";

import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";

/** Email for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const submit = useApiSubmit();
  const [answer, setAnswer] = useState<string | undefined>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    const result = await submit.run(() => api.post<{ message: string }>("/api/password/forgot", { email }));
    if (result.ok) setAnswer(result.value.message);
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby="forgot-error">
      <FormError id="forgot-error" message={submit.message} />
      <div role="status">{answer ? <p className={`${alerts.alert} ${alerts.success}`}>{answer}</p> : null}</div>
      <TextField label="Email" name="email" type="email" autoComplete="username" required errors={submit.fieldErrors.email} />
      <button type="submit" className={`${buttons.button} ${buttons.primary} ${buttons.block}`} disabled={submit.pending}>
        {submit.pending ? "Sending…" : "Send me a reset link"}
      </button>
    </form>
  );
}
