import { getToken } from "next-auth/jwt";
import { getDb } from "@/db";
import { ACTIVE_ORGANISATION_COOKIE } from "./constants";
import { getUserWithMemberships } from "./memberships";
import { chooseActiveOrganisation } from "./roles";
import { getAuthSecret } from "./secret";
import type { CurrentUser } from "./types";

// Auth.js names its session cookie by transport: "__Secure-" only over HTTPS.
const SESSION_COOKIE = "authjs.session-token";
const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/**
 * The signed-in user of an API request, read from the request itself (the Auth.js session cookie, decrypted
 * with the app's secret) rather than from Next's request context, so route handlers run the same in tests.
 * Memberships and isActive are re-read from the database on every call.
 */
export async function getApiUser(request: Request): Promise<CurrentUser | null> {
  const isSecure = readCookie(request, SECURE_SESSION_COOKIE) !== undefined;
  const token = await getToken({
    req: request,
    secret: getAuthSecret(),
    secureCookie: isSecure,
    cookieName: isSecure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
    salt: isSecure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
  });
  const userId = typeof token?.sub === "string" ? token.sub : undefined;
  if (!userId) return null;
  const user = await getUserWithMemberships(await getDb(), { userId });
  if (!user || !user.isActive || user.memberships.length === 0) return null;
  const active = chooseActiveOrganisation(user.memberships, readCookie(request, ACTIVE_ORGANISATION_COOKIE));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships,
    activeOrganisation: { id: active.organisationId, name: active.organisationName, role: active.role },
  };
}
