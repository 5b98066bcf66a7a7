import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authorizeCredentials } from "./authorize";
import { getClientAddress } from "./client-address";
import { authConfig } from "./config";
import { getAuthSecret } from "./secret";
import { revokeUserSessions, startSession } from "./sessions";
import { isAppError } from "@/lib/errors";

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
        const clientAddress = getClientAddress(request.headers);
        const result = await authorizeCredentials(db, credentials, { clientAddress });
        if (result.ok) {
          const userAgent = request.headers.get("user-agent") ?? "";
          return { ...result.user, sessionId: await startSession(db, { userId: result.user.id, userAgent, clientAddress }) };
        }
        if (result.reason === "throttled") throw new TooManySignInAttempts(result.retryAfterMinutes);
        return null;
      },
    }),
  ],
  events: {
    // Sign-out ends the server-side session, so a copy of the cookie is refused on every instance from now on.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sub !== "string" || typeof token.sid !== "string") return;
      await revokeUserSessions(await getDb(), { userId: token.sub, sessionId: token.sid }).catch((error: unknown) => {
        if (!isAppError(error)) throw error; // NOT_FOUND: already ended
      });
    },
  },
}));
