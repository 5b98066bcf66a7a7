import type { Db } from "@/db";
import { findLiveApiToken, touchApiToken, type PresentedToken } from "@/db/queries/api-tokens";
import { API_TOKEN_PREFIX } from "@/lib/domain/api-tokens";
import type { Role } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { roleRank } from "./roles";
import { hashSecret } from "./secret-tokens";
import type { CurrentUser } from "./types";

// Personal API tokens as credentials: `Authorization: Bearer cmt_…` on an API route. A token acts for its owner in
// one organisation with the lower of its own role and the owner's current role there, so a role change or removal
// reaches every token at once. Tokens are looked up in the database on every request (one indexed query; nothing is
// remembered), so a revocation, an expiry or a deactivation refuses the very next request on every instance.
// Pages never read tokens (lib/auth/session.ts reads only the cookie).

/** last_used_at is written at most this often per token. */
const TOUCH_INTERVAL_MS = 60_000;
/** issueSecret(API_TOKEN_PREFIX): the prefix, then 32 random bytes in base64url (43 characters). */
const TOKEN_PATTERN = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

export const SESSION_REQUIRED_CODE = "SESSION_REQUIRED";

/**
 * The credential of an `Authorization: Bearer …` header; "" for a Bearer header without one; undefined when the
 * request has no Authorization header or another scheme (a proxy's Basic authentication is not ours: the cookie counts).
 */
export function readBearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization")?.trim();
  if (!header) return undefined;
  const [scheme = "", ...rest] = header.split(/\s+/);
  if (scheme.toLowerCase() !== "bearer") return undefined;
  return rest.join(" ");
}

function lowerRole(a: Role, b: Role): Role {
  return roleRank(a) <= roleRank(b) ? a : b;
}

function toTokenUser(found: PresentedToken, membershipRole: Role): CurrentUser {
  const role = lowerRole(found.role, membershipRole);
  const organisation = { organisationId: found.organisationId, organisationName: found.organisationName, role };
  return {
    id: found.userId,
    email: found.email,
    name: found.name,
    numberFormat: found.numberFormat,
    // Only the token's organisation: another organisation's records are 404 to it, as to a stranger.
    memberships: [organisation],
    activeOrganisation: { id: found.organisationId, name: found.organisationName, role },
    sessionId: null,
    apiTokenId: found.id,
  };
}

/**
 * The user a presented token acts as, or null (the route's 401) when it is malformed, unknown, revoked or expired, or
 * its owner is deactivated or no longer a member of its organisation.
 */
export async function resolveApiToken(db: Db, token: string, now = new Date()): Promise<CurrentUser | null> {
  // Only well-formed tokens reach the database: a wrong or foreign credential costs nothing.
  if (!TOKEN_PATTERN.test(token)) return null;
  const found = await findLiveApiToken(db, { tokenHash: hashSecret(token), now });
  if (!found || !found.isActive || found.membershipRole === null) return null;
  if (found.lastUsedAt === null || now.getTime() - found.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    await touchApiToken(db, { tokenId: found.id, now, minIntervalMs: TOUCH_INTERVAL_MS });
  }
  return toTokenUser(found, found.membershipRole);
}

/**
 * Refuses a caller authenticated by an API token: managing tokens and sessions needs the person themself, signed in,
 * so a leaked token can neither mint more tokens nor sign its owner out.
 * @throws AppError 403 SESSION_REQUIRED
 */
export function requireSessionCaller(user: CurrentUser): void {
  if (user.apiTokenId !== null) {
    throw new AppError(SESSION_REQUIRED_CODE, "API tokens cannot manage tokens or sessions: sign in to CalMiner and do it from Your account.", {
      status: 403,
    });
  }
}
