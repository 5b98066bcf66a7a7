import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { getToken } from "next-auth/jwt";
import { sessionCookieName, areCookiesSecure } from "./cookie-names";
import { getAuthSecret } from "./secret";

// Decrypting the session JWE (HKDF key derivation, AES-CBC and HMAC through WebCrypto) was about a fifth of the
// CPU of an authenticated API request. A token always decrypts to the same claims under the same secret, so the
// user id is remembered per token until the token expires. Keys are SHA-256 digests of secret, cookie name and
// token (no credential is kept in memory); a token that fails to decrypt or has expired is never remembered.
// Whether the user is still active and what they may do is still read on every request (api-user.ts).
const MAX_REMEMBERED_TOKENS = 10_000;
type DecodedSession = { userId: string; sessionId: string | null; expiresAtMs: number };

/** What a session cookie says: whose it is and which server-side session (lib/auth/sessions.ts) it names. */
export type SessionClaims = { userId: string; sessionId: string | null };
const decodedSessions = new LRUCache<string, DecodedSession>({ max: MAX_REMEMBERED_TOKENS });

/** A cookie's value; undefined when absent or not valid percent-encoding (a malformed cookie is no cookie, not a 500). */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function cacheKeyOf(secret: string, cookieName: string, token: string): string {
  return createHash("sha256").update(secret).update("\0").update(cookieName).update("\0").update(token).digest("base64url");
}

async function decodeSession(request: Request, cookieName: string, isSecure: boolean): Promise<DecodedSession | null> {
  // Whatever a client puts in the cookie is a refusal (null), never an error.
  const token = await getToken({ req: request, secret: getAuthSecret(), secureCookie: isSecure, cookieName, salt: cookieName }).catch(() => null);
  if (typeof token?.sub !== "string") return null;
  // Auth.js always sets exp (seconds); without it the claims are not remembered.
  const expiresAtMs = typeof token.exp === "number" ? token.exp * 1000 : 0;
  // Cookies issued before sessions were stored carry no sid: they decode, and are refused by resolveSession's caller.
  const sessionId = typeof token.sid === "string" ? token.sid : null;
  return { userId: token.sub, sessionId, expiresAtMs };
}

/**
 * The claims of the request's Auth.js session token (decrypted with the app's secret, expiry checked), or null.
 * It only READS the token: unlike Auth.js's own session check it never re-issues the cookie, so a response to a
 * request that was in flight during a sign-out cannot put the session cookie back. Whether the session it names is
 * still live is for lib/auth/sessions.ts to say.
 */
export async function readSessionClaims(request: Request): Promise<SessionClaims | null> {
  // Only the configured name: a plain-named cookie where `__Host-` is expected may have been planted over HTTP.
  const isSecure = areCookiesSecure();
  const cookieName = sessionCookieName();
  // A token too large for one cookie arrives in chunks (name.0, name.1, …): Auth.js joins them; not remembered.
  const token = readCookie(request, cookieName);
  if (token === undefined) return claimsOf(await decodeSession(request, cookieName, isSecure));
  const key = cacheKeyOf(getAuthSecret(), cookieName, token);
  const remembered = decodedSessions.get(key);
  if (remembered && remembered.expiresAtMs > Date.now()) return claimsOf(remembered);
  const decoded = await decodeSession(request, cookieName, isSecure);
  if (decoded && decoded.expiresAtMs > Date.now()) decodedSessions.set(key, decoded);
  else decodedSessions.delete(key);
  return claimsOf(decoded);
}

function claimsOf(decoded: DecodedSession | null): SessionClaims | null {
  return decoded ? { userId: decoded.userId, sessionId: decoded.sessionId } : null;
}

/** The user id of a decodable session token (the proxy's cheap check; pages and routes check the session too). */
export async function readSessionUserId(request: Request): Promise<string | null> {
  return (await readSessionClaims(request))?.userId ?? null;
}
