import { getDb } from "@/db";
import { listLiveSessions } from "@/db/queries/sessions";
import { requireSessionCaller } from "@/lib/auth/api-tokens";
import { revokeUserSessions, sessionLifetimes } from "@/lib/auth/sessions";
import type { CurrentUser } from "@/lib/auth/types";

// The person's own sessions, as the account page and /api/me/sessions show and end them. The rules (what is live,
// how a revocation reaches every instance) are lib/auth/sessions.ts's; this adds the list a person reads. Ending
// sessions needs a session: an API token (which has no session of its own) may list them but not sign its owner out.

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

/** The person's live sessions for the session list, the current one marked (none when the caller used a token). */
export async function listMySessions({ userId, currentSessionId, now = new Date() }: { userId: string; currentSessionId?: string | null; now?: Date }): Promise<SessionSummary[]> {
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
 * @throws NOT_FOUND when it is not a live session of theirs; SESSION_REQUIRED (403) for an API token
 */
export async function endMySession({ user, sessionId }: { user: CurrentUser; sessionId: string }): Promise<void> {
  requireSessionCaller(user);
  await revokeUserSessions(await getDb(), { userId: user.id, sessionId });
}

/**
 * Signs the person out everywhere, or everywhere but the caller's own session; how many sessions ended.
 * @throws SESSION_REQUIRED (403) for an API token
 */
export async function endMySessions({ user, keepCurrent }: { user: CurrentUser; keepCurrent: boolean }): Promise<number> {
  requireSessionCaller(user);
  return revokeUserSessions(await getDb(), { userId: user.id, exceptSessionId: keepCurrent ? (user.sessionId ?? undefined) : undefined });
}
