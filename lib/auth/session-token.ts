import { getToken } from "next-auth/jwt";
import { getAuthSecret } from "./secret";

// Auth.js names its session cookie by transport: "__Secure-" only over HTTPS.
const SESSION_COOKIE = "authjs.session-token";
const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/**
 * The user id in the request's Auth.js session token (decrypted with the app's secret, expiry checked), or null.
 * It only READS the token: unlike Auth.js's own session check it never re-issues the cookie, so a response to a
 * request that was in flight during a sign-out cannot put the session cookie back.
 */
export async function readSessionUserId(request: Request): Promise<string | null> {
  const isSecure = readCookie(request, SECURE_SESSION_COOKIE) !== undefined;
  const cookieName = isSecure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const token = await getToken({ req: request, secret: getAuthSecret(), secureCookie: isSecure, cookieName, salt: cookieName });
  return typeof token?.sub === "string" ? token.sub : null;
}
