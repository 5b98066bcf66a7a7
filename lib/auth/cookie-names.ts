import { env } from "@/lib/env.mjs";

// The session cookie's name and flags, decided once from the configuration rather than per request: behind a
// TLS-terminating proxy the app itself sees plain HTTP, yet the browser must get a Secure cookie. The `__Host-`
// prefix makes the browser refuse the cookie unless it is Secure, has Path=/ and no Domain: no subdomain and no
// plain-HTTP page can set or overwrite it.

const PLAIN_SESSION_COOKIE = "authjs.session-token";
const HOST_SESSION_COOKIE = "__Host-authjs.session-token";

/** Whether session cookies are Secure (`SECURE_COOKIES`, else on in production). */
export function areCookiesSecure(): boolean {
  return env.SECURE_COOKIES ?? env.APP_ENV === "production";
}

/** The name of the session cookie (Auth.js writes it, lib/auth/session-token.ts reads it). */
export function sessionCookieName(): string {
  return areCookiesSecure() ? HOST_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}
