import type { Db } from "@/db";
import { insertApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { issueSecret } from "@/lib/auth/secret-tokens";
import { API_TOKEN_PREFIX } from "@/lib/domain/api-tokens";
import type { Role } from "@/lib/domain/roles";

// API tokens for route tests, beside sessionCookieFor (api.ts): a real token row (only its digest stored), so tests
// exercise the real bearer path of getApiUser. Pass `headers: bearer(token)` to callRoute.

const DAY_MS = 86_400_000;

export type TestTokenOptions = {
  /** The token's role; default the highest, so the membership alone limits it. */
  role?: Role;
  /** Default: in 30 days. A past date makes an expired token. */
  expiresAt?: Date;
  isRevoked?: boolean;
};

/** A new API token of the user in the organisation (they should be a member for it to work). */
export async function apiTokenFor(db: Db, userId: string, organisationId: string, options: TestTokenOptions = {}): Promise<string> {
  const { token, hash } = issueSecret(API_TOKEN_PREFIX);
  const now = new Date();
  const row = await insertApiToken(db, {
    userId,
    organisationId,
    name: "test token",
    role: options.role ?? "admin",
    tokenHash: hash,
    tokenPrefix: token.slice(0, 12),
    now,
    expiresAt: options.expiresAt ?? new Date(now.getTime() + 30 * DAY_MS),
  });
  if (options.isRevoked) {
    await revokeApiToken(db, { userId, organisationId, tokenId: row.id, now });
  }
  return token;
}

/** The Authorization header of a token, for callRoute's `headers`. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
