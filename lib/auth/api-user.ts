import { getDb } from "@/db";
import { readBearerToken, resolveApiToken } from "./api-tokens";
import { ACTIVE_ORGANISATION_COOKIE } from "./constants";
import type { Identity } from "./identity-memo";
import { chooseActiveOrganisation } from "./roles";
import { readCookie, readSessionClaims } from "./session-token";
import { resolveSession } from "./sessions";
import type { CurrentUser } from "./types";

/**
 * The signed-in user of an API request, read from the request itself (the Auth.js session cookie, decrypted
 * with the app's secret) rather than from Next's request context, so route handlers run the same in tests.
 * The cookie's session must be live (lib/auth/sessions.ts); memberships, isActive and sessions are remembered
 * until they change (identity-memo.ts). A request with `Authorization: Bearer` is judged by its token alone
 * (lib/auth/api-tokens.ts): a bad token is refused even when the request also carries a live cookie.
 */
export async function getApiUser(request: Request): Promise<CurrentUser | null> {
  const bearer = readBearerToken(request);
  if (bearer !== undefined) return resolveApiToken(await getDb(), bearer);
  const claims = await readSessionClaims(request);
  if (!claims?.sessionId) return null;
  const identity = await resolveSession(await getDb(), { userId: claims.userId, sessionId: claims.sessionId });
  return toCurrentUser(identity, claims.sessionId, readCookie(request, ACTIVE_ORGANISATION_COOKIE));
}

/** The user as the app sees them, when the account is active and belongs to an organisation; else null. */
export function toCurrentUser(identity: Identity | null, sessionId: string, activeOrganisationCookie: string | undefined): CurrentUser | null {
  if (!identity || !identity.isActive || identity.memberships.length === 0) return null;
  const active = chooseActiveOrganisation(identity.memberships, activeOrganisationCookie);
  return {
    id: identity.id,
    email: identity.email,
    name: identity.name,
    numberFormat: identity.numberFormat,
    // A copy: the remembered identity (identity-memo.ts) is shared by every request of this user.
    memberships: [...identity.memberships],
    activeOrganisation: { id: active.organisationId, name: active.organisationName, role: active.role },
    sessionId,
    apiTokenId: null,
  };
}
