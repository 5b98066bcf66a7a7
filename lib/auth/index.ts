import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authorizeCredentials } from "./authorize";
import { getClientAddress } from "./client-address";
import { authConfig } from "./config";
import { getAuthSecret } from "./secret";

/** Refusal because of throttling; the code carries the minutes to wait ("throttled_12") to the sign-in form. */
export class TooManySignInAttempts extends CredentialsSignin {
  constructor(retryAfterMinutes: number) {
    super();
    this.code = `throttled_${retryAfterMinutes}`;
  }
}

// The configuration is built on first use, not at import, so `next build` never needs the secret.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: getAuthSecret(),
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const db = await getDb();
        const result = await authorizeCredentials(db, credentials, { clientAddress: getClientAddress(request.headers) });
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new TooManySignInAttempts(result.retryAfterMinutes);
        return null;
      },
    }),
  ],
}));
