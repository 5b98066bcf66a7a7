import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { NumberFormat } from "@/lib/domain/number-format";
import type { Role } from "@/lib/domain/roles";
import type { DbOrTx } from "../client";
import { apiTokens } from "../schema/credentials";
import { memberships, organisations, users } from "../schema/identity";

// Personal API tokens. Every read and write is scoped by the owner (and the organisation): another person's token
// is indistinguishable from a missing one. Only the token's SHA-256 digest is stored; the rules (who may mint what,
// which role a token acts with) are lib/users/api-tokens.ts's and lib/auth/api-tokens.ts's.

type OwnerScope = { userId: string; organisationId: string };

export type ApiTokenRow = {
  id: string;
  name: string;
  role: Role;
  tokenPrefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
};

const rowColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  role: apiTokens.role,
  tokenPrefix: apiTokens.tokenPrefix,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

export type NewApiTokenValues = OwnerScope & { name: string; role: Role; tokenHash: string; tokenPrefix: string; now: Date; expiresAt: Date };

export async function insertApiToken(tx: DbOrTx, values: NewApiTokenValues): Promise<ApiTokenRow> {
  const { now, ...rest } = values;
  const [row] = await tx.insert(apiTokens).values({ ...rest, createdAt: now }).returning(rowColumns);
  if (!row) throw new Error("insertApiToken: no row returned");
  return row;
}

/** The person's tokens in the organisation that are not revoked (expired ones too: the list says so), newest first. */
export async function listApiTokens(db: DbOrTx, { userId, organisationId }: OwnerScope): Promise<ApiTokenRow[]> {
  return db
    .select(rowColumns)
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), eq(apiTokens.organisationId, organisationId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt), apiTokens.id);
}

/**
 * Revokes one of the person's tokens in the organisation.
 * @returns the token as it was, or undefined when it is not theirs, not there or already revoked (the caller's 404)
 */
export async function revokeApiToken(tx: DbOrTx, { userId, organisationId, tokenId, now }: OwnerScope & { tokenId: string; now: Date }): Promise<ApiTokenRow | undefined> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), eq(apiTokens.organisationId, organisationId), isNull(apiTokens.revokedAt)))
    .returning(rowColumns);
  return row;
}

/** A live token with what a request needs to act with it; `membershipRole` is null when its owner left the organisation. */
export type PresentedToken = {
  id: string;
  userId: string;
  organisationId: string;
  organisationName: string;
  role: Role;
  lastUsedAt: Date | null;
  email: string;
  name: string;
  isActive: boolean;
  numberFormat: NumberFormat | null;
  membershipRole: Role | null;
};

/**
 * The token with this digest when it is neither revoked nor expired at `now`, with its owner's account status and
 * current role in the token's organisation. One round trip per request made with a token.
 */
export async function findLiveApiToken(db: DbOrTx, { tokenHash, now }: { tokenHash: string; now: Date }): Promise<PresentedToken | undefined> {
  const [row] = await db
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      organisationId: apiTokens.organisationId,
      organisationName: organisations.name,
      role: apiTokens.role,
      lastUsedAt: apiTokens.lastUsedAt,
      email: users.email,
      name: users.name,
      isActive: users.isActive,
      numberFormat: users.numberFormat,
      membershipRole: memberships.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .leftJoin(memberships, and(eq(memberships.userId, apiTokens.userId), eq(memberships.organisationId, apiTokens.organisationId)))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)))
    .limit(1);
  return row;
}

/** Records use, at most once per `minIntervalMs` per token (one write a minute, not one per request). */
export async function touchApiToken(db: DbOrTx, { tokenId, now, minIntervalMs }: { tokenId: string; now: Date; minIntervalMs: number }): Promise<void> {
  const before = new Date(now.getTime() - minIntervalMs);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, before))));
}
