import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import { env } from "@/lib/env.mjs";
import { sessionCookieName, areCookiesSecure } from "./cookie-names";
import { logUnexpectedError } from "@/lib/observability/log-error";

// The part of the Auth.js configuration that needs no database: shared by the proxy (which only reads the
// session token) and the full configuration in ./index.ts (which adds the credentials provider).

declare module "next-auth" {
  interface User {
    /** The server-side session opened by this sign-in (lib/auth/sessions.ts). */
    sessionId?: string;
  }
}

/**
 * The cookie is a signed, encrypted JWT naming the user (`sub`) and a server-side session (`sid`): the session row
 * decides whether it is still good (revoked, idle, past its absolute end), so the cookie's own expiry is only an
 * outer bound.
 */
const SESSION_MAX_AGE_S = Math.ceil(env.SESSION_MAX_AGE_HOURS * 60 * 60);

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // Secure (and `__Host-`/`__Secure-` prefixed) by configuration, not by the request's scheme (see cookie-names.ts).
  useSecureCookies: areCookiesSecure(),
  cookies: {
    sessionToken: { name: sessionCookieName(), options: { httpOnly: true, sameSite: "lax", path: "/", secure: areCookiesSecure() } },
  },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
    // Only ever send people to this site: relative paths, or absolute URLs on our own origin.
    redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      try {
        return new URL(url).origin === baseUrl ? url : baseUrl;
      } catch {
        return baseUrl;
      }
    },
  },
  logger: {
    // A refused sign-in is expected and already recorded in sign_in_attempts; anything else is a real error.
    error(error: Error) {
      if (error instanceof CredentialsSignin) return;
      logUnexpectedError("auth", "Auth.js error", error);
    },
  },
} satisfies NextAuthConfig;
