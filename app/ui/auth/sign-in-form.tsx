"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/actions";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";

const EMPTY_STATE: SignInState = {};

/** Email and password form; errors are announced through aria-live regions tied to the inputs. */
export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage?: string }) {
  const [state, formAction, isPending] = useActionState(signInAction, initialMessage ? { message: initialMessage } : EMPTY_STATE);
  const emailErrors = state.fieldErrors?.email;
  const passwordErrors = state.fieldErrors?.password;
  return (
    <form action={formAction} noValidate aria-describedby="sign-in-error">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {/* role="alert" is itself an assertive live region: the message is announced when it appears. */}
      <div id="sign-in-error">
        {state.message ? (
          <p className={`${alerts.alert} ${alerts.error}`} role="alert">
            {state.message}
          </p>
        ) : null}
      </div>
      <div className={forms.field}>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          className={forms.input}
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={emailErrors ? true : undefined}
          aria-describedby="email-error"
        />
        <div id="email-error" aria-live="polite" className={forms.error}>
          {emailErrors?.map((message) => <p key={message}>{message}</p>)}
        </div>
      </div>
      <div className={forms.field}>
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          className={forms.input}
          autoComplete="current-password"
          required
          aria-invalid={passwordErrors ? true : undefined}
          aria-describedby="password-error"
        />
        <div id="password-error" aria-live="polite" className={forms.error}>
          {passwordErrors?.map((message) => <p key={message}>{message}</p>)}
        </div>
      </div>
      <button type="submit" className={`${buttons.button} ${buttons.primary} ${buttons.block}`} disabled={isPending} aria-disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
