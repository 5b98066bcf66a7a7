import type { Db } from "@/db";
import { insertSession, pruneSessions, revokeSessions, touchSession } from "@/db/queries/sessions";
import { env } from "@/lib/env.mjs";
import { notFound } from "@/lib/errors";
import { forgetIdentity, notifyIdentityChanged, readIdentity, type Identity, type RememberedSession } from "./identity-memo";

// Server-side sessions. The session cookie (an Auth.js JWT) carries the user id and a session id; a request is
// signed in only while that session's row is live: not revoked, not past its absolute end, and seen within the idle
// timeout. Sessions belong to a person, not an organisation, so their writes notify identity changes themselves
// (every instance forgets the user's remembered sessions at commit) instead of going through lib/writes.

const HOUR_MS = 60 * 60 * 1000;
/** last_seen_at is written at most this often per session: idleness is measured to within it. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;
/** Ended sessions are deleted this long after they end. */
const KEEP_ENDED_MS = 30 * 24 * HOUR_MS;
const MAX_USER_AGENT_CHARS = 300;

export type SessionLifetimes = { maxAgeMs: number; idleMs: number };

export function sessionLifetimes(): SessionLifetimes {
  return { maxAgeMs: env.SESSION_MAX_AGE_HOURS * HOUR_MS, idleMs: env.SESSION_IDLE_HOURS * HOUR_MS };
}

export type SessionStart = { userId: string; userAgent: string; clientAddress: string; now?: Date };

/** Opens a session at sign-in; its id goes into the cookie. Ended sessions older than a month are deleted. */
export async function startSession(db: Db, { userId, userAgent, clientAddress, now = new Date() }: SessionStart): Promise<string> {
  const expiresAt = new Date(now.getTime() + sessionLifetimes().maxAgeMs);
  const sessionId = await db.transaction(async (tx) => {
    const id = await insertSession(tx, { userId, now, expiresAt, userAgent: userAgent.slice(0, MAX_USER_AGENT_CHARS), clientAddress });
    await notifyIdentityChanged(tx, userId);
    return id;
  });
  forgetIdentity(userId);
  await pruneSessions(db, { now, keepMs: KEEP_ENDED_MS });
  return sessionId;
}

function isLive(session: RememberedSession | undefined, nowMs: number): session is RememberedSession {
  return session !== undefined && session.expiresAtMs > nowMs && nowMs - session.lastSeenAtMs < sessionLifetimes().idleMs;
}

/**
 * The identity behind a session cookie's claims, or null when the session has ended. A session that the remembered
 * identity does not hold (just started on another instance) or holds as idle (seen meanwhile on another instance) is
 * looked up again in the database before the request is refused.
 */
export async function resolveSession(db: Db, { userId, sessionId, now = new Date() }: { userId: string; sessionId: string; now?: Date }): Promise<Identity | null> {
  const nowMs = now.getTime();
  let identity = await readIdentity(db, userId);
  if (identity && !isLive(identity.sessions.get(sessionId), nowMs)) identity = await readIdentity(db, userId, { fresh: true });
  const session = identity?.sessions.get(sessionId);
  if (!identity || !isLive(session, nowMs)) return null;
  if (nowMs - session.lastSeenAtMs >= TOUCH_INTERVAL_MS) {
    await touchSession(db, { sessionId, now, minIntervalMs: TOUCH_INTERVAL_MS });
    session.lastSeenAtMs = nowMs; // the remembered entry is this process's view of the row
  }
  return identity;
}

export type SessionRevocation = { userId: string; now?: Date } & ({ sessionId: string } | { exceptSessionId?: string });

/**
 * Ends one of the user's sessions, or all of them but `exceptSessionId`, on every instance.
 * @throws NOT_FOUND when `sessionId` is not a live session of the user
 */
export async function revokeUserSessions(db: Db, revocation: SessionRevocation): Promise<number> {
  const { userId, now = new Date() } = revocation;
  const target = "sessionId" in revocation ? { sessionId: revocation.sessionId } : { exceptSessionId: revocation.exceptSessionId };
  const count = await db.transaction(async (tx) => {
    const revoked = await revokeSessions(tx, { userId, now, ...target });
    if (revoked > 0) await notifyIdentityChanged(tx, userId);
    return revoked;
  });
  forgetIdentity(userId);
  if ("sessionId" in target && count === 0) throw notFound("Session");
  return count;
}
