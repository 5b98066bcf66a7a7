import { and, desc, eq, gt, isNull, lt, ne, or } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { sessions } from "../schema/identity";

// The rows behind session cookies. A live session is one that is not revoked and not past its absolute end;
// idleness (last_seen_at) is judged by lib/auth/sessions.ts, which knows the configured timeout.

export type LiveSession = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; userAgent: string; clientAddress: string };

const liveColumns = {
  id: sessions.id,
  createdAt: sessions.createdAt,
  lastSeenAt: sessions.lastSeenAt,
  expiresAt: sessions.expiresAt,
  userAgent: sessions.userAgent,
  clientAddress: sessions.clientAddress,
};

export async function insertSession(
  tx: DbOrTx,
  values: { userId: string; now: Date; expiresAt: Date; userAgent: string; clientAddress: string },
): Promise<string> {
  const { now, ...rest } = values;
  const [row] = await tx.insert(sessions).values({ ...rest, createdAt: now, lastSeenAt: now }).returning({ id: sessions.id });
  if (!row) throw new Error("insertSession: no row returned");
  return row.id;
}

/** The user's sessions that are neither revoked nor past their absolute end, most recently seen first. */
export async function listLiveSessions(db: DbOrTx, { userId, now }: { userId: string; now: Date }): Promise<LiveSession[]> {
  return db
    .select(liveColumns)
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt), sessions.id);
}

/** Records activity, at most once per `minIntervalMs` per session (one write, not one per request). */
export async function touchSession(db: DbOrTx, { sessionId, now, minIntervalMs }: { sessionId: string; now: Date; minIntervalMs: number }): Promise<void> {
  const before = new Date(now.getTime() - minIntervalMs);
  await db.update(sessions).set({ lastSeenAt: now }).where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, before)));
}

/**
 * Revokes the user's live sessions: one (`sessionId`), all but one (`exceptSessionId`), or all.
 * @returns how many were revoked (0 when the session is not the user's: the caller answers 404)
 */
export async function revokeSessions(
  tx: DbOrTx,
  { userId, now, sessionId, exceptSessionId }: { userId: string; now: Date; sessionId?: string; exceptSessionId?: string },
): Promise<number> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        sessionId === undefined ? undefined : eq(sessions.id, sessionId),
        exceptSessionId === undefined ? undefined : ne(sessions.id, exceptSessionId),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

/** Deletes sessions that ended (revoked or expired) more than `keepMs` ago: the list only shows live ones. */
export async function pruneSessions(db: DbOrTx, { now, keepMs }: { now: Date; keepMs: number }): Promise<void> {
  const cutoff = new Date(now.getTime() - keepMs);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)));
}
