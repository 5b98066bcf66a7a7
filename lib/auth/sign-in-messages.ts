import { INVALID_CREDENTIALS_MESSAGE } from "./authorize";

/**
 * The sign-in form's message for an Auth.js error type and code ("CredentialsSignin" + "throttled_12"). Used for
 * errors thrown to the server action and for ?error=…&code=… when Auth.js redirects back to /sign-in.
 */
export function signInErrorMessage(type: string | undefined, code: string | undefined): string {
  if (type !== "CredentialsSignin") return "Signing in failed. Please try again.";
  const minutes = /^throttled_(\d+)$/.exec(code ?? "")?.[1];
  if (minutes) return `Too many sign-in attempts, try again in ${minutes} minute${minutes === "1" ? "" : "s"}.`;
  return INVALID_CREDENTIALS_MESSAGE;
}
