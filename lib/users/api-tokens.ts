import { getDb } from "@/db";
import { insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRow } from "@/db/queries/api-tokens";
import { requireSessionCaller } from "@/lib/auth/api-tokens";
import { formatRole, hasRole } from "@/lib/auth/roles";
import { issueSecret } from "@/lib/auth/secret-tokens";
import type { CurrentUser } from "@/lib/auth/types";
import { API_TOKEN_PREFIX } from "@/lib/domain/api-tokens";
import type { Role } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors";
import type { CreateApiTokenInput } from "@/lib/validation/api-token";
import { write } from "@/lib/writes";

// A person's own API tokens in their active organisation: create (shown once), list, revoke. How a presented token
// is judged on each request is lib/auth/api-tokens.ts's. Creating and revoking need the person signed in (a token
// can neither mint tokens nor revoke them), and are audit events in the token's organisation that name the token,
// never its secret or digest.

const DAY_MS = 24 * 60 * 60 * 1000;
/** The prefix and 8 random characters (48 of the 256 bits): enough to tell tokens apart, useless to guess one. */
const SHOWN_PREFIX_CHARS = API_TOKEN_PREFIX.length + 8;

export const TOKEN_ROLE_TOO_HIGH_CODE = "TOKEN_ROLE_TOO_HIGH";

export type ApiTokenSummary = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  /** null: never used. */
  lastUsedAt: string | null;
  isExpired: boolean;
};

/** A new token: its summary, and the token itself, which nobody can see again. */
export type CreatedApiToken = { data: ApiTokenSummary; token: string };

function toSummary(row: ApiTokenRow, now: Date): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.tokenPrefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    isExpired: row.expiresAt.getTime() <= now.getTime(),
  };
}

/** What the audit log keeps about a token: enough to recognise it, nothing that lets anyone use it. */
function auditedToken(row: ApiTokenRow): Record<string, unknown> {
  return { name: row.name, role: row.role, expiresAt: row.expiresAt.toISOString(), prefix: row.tokenPrefix };
}

/** The caller's tokens in their active organisation that are not revoked, newest first. */
export async function listMyApiTokens({ user, now = new Date() }: { user: CurrentUser; now?: Date }): Promise<ApiTokenSummary[]> {
  const rows = await listApiTokens(await getDb(), { userId: user.id, organisationId: user.activeOrganisation.id });
  return rows.map((row) => toSummary(row, now));
}

/**
 * Creates a token in the caller's active organisation with a role no higher than theirs there.
 * @throws AppError 403 SESSION_REQUIRED when the caller used a token; 403 TOKEN_ROLE_TOO_HIGH (fieldErrors.role)
 */
export async function createMyApiToken({ user, input, now = new Date() }: { user: CurrentUser; input: CreateApiTokenInput; now?: Date }): Promise<CreatedApiToken> {
  requireSessionCaller(user);
  const organisation = user.activeOrganisation;
  if (!hasRole(organisation.role, input.role)) {
    const message = `A token's role can be at most yours (${formatRole(organisation.role).toLowerCase()})`;
    throw new AppError(TOKEN_ROLE_TOO_HIGH_CODE, message, { status: 403, fieldErrors: { role: [message] } });
  }
  const { token, hash } = issueSecret(API_TOKEN_PREFIX);
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const row = await write({ organisationId: organisation.id, userId: user.id }, async (w) => {
    const created = await insertApiToken(w.tx, {
      userId: user.id,
      organisationId: organisation.id,
      name: input.name,
      role: input.role,
      tokenHash: hash,
      tokenPrefix: token.slice(0, SHOWN_PREFIX_CHARS),
      now,
      expiresAt,
    });
    await w.audit({ action: "create", entityType: "api_token", entityId: created.id, after: auditedToken(created) });
    return created;
  });
  return { data: toSummary(row, now), token };
}

/**
 * Revokes one of the caller's tokens in their active organisation: the next request with it is refused.
 * @throws AppError 404 when it is not theirs, not in that organisation or already revoked; 403 SESSION_REQUIRED
 */
export async function revokeMyApiToken({ user, tokenId, now = new Date() }: { user: CurrentUser; tokenId: string; now?: Date }): Promise<void> {
  requireSessionCaller(user);
  const organisationId = user.activeOrganisation.id;
  await write({ organisationId, userId: user.id }, async (w) => {
    const revoked = await revokeApiToken(w.tx, { userId: user.id, organisationId, tokenId, now });
    if (!revoked) throw notFound("API token");
    const before = auditedToken(revoked);
    await w.audit({ action: "revoke", entityType: "api_token", entityId: revoked.id, before, after: { ...before, revokedAt: now.toISOString() } });
  });
}
