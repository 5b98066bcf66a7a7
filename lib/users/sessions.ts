import { getDb } from "@/db";
import { listLiveSessions } from "@/db/queries/sessions";
import { revokeUserSessions, sessionLifetimes } from "@/lib/auth/sessions";

// The person's own sessions, as the account page and /api/me/sessions show and end them. The rules (what is live,
// how a revocation reaches every instance) are lib/auth/sessions.ts's; this adds the list a person reads.

export type SessionSummary = {
  id: string;
  /** e.g. "Chrome on Linux"; "Unknown device" when the browser did not say. */
  device: string;
  clientAddress: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  isCurrent: boolean;
};

/** The person's live sessions for the session list, the current one marked. */
export async function listMySessions({ userId, currentSessionId, now = new Date() }: { userId: string; currentSessionId?: string; now?: Date }): Promise<SessionSummary[]> {
  const { idleMs } = sessionLifetimes();
  const live = (await listLiveSessions(await getDb(), { userId, now })).filter((s) => now.getTime() - s.lastSeenAt.getTime() < idleMs);
  return live.map((s) => ({
    id: s.id,
    device: describeUserAgent(s.userAgent),
    clientAddress: s.clientAddress,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    isCurrent: s.id === currentSessionId,
  }));
}

const BROWSERS: readonly [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\//, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrom(e|ium)\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/curl\//, "curl"],
];
const SYSTEMS: readonly [RegExp, string][] = [
  [/Windows/, "Windows"],
  [/iPhone|iPad/, "iOS"],
  [/Android/, "Android"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** A short, human name for a User-Agent string: enough to recognise one's own devices. */
export function describeUserAgent(userAgent: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown device";
}

/**
 * Ends one of the person's sessions (sign out that device).
 * @throws NOT_FOUND when it is not a live session of theirs
 */
export async function endMySession({ userId, sessionId }: { userId: string; sessionId: string }): Promise<void> {
  await revokeUserSessions(await getDb(), { userId, sessionId });
}

/** Signs the person out everywhere, or everywhere but `keepSessionId`; how many sessions ended. */
export async function endMySessions({ userId, keepSessionId }: { userId: string; keepSessionId?: string }): Promise<number> {
  return revokeUserSessions(await getDb(), { userId, exceptSessionId: keepSessionId });
}
