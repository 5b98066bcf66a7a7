import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { sessions } from "@/db/schema/identity";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { notifyIdentityChanged, startIdentityNotifications } from "./identity-memo";
import { describeUserAgent, listMySessions } from "@/lib/users/sessions";
import { resolveSession, revokeUserSessions, sessionLifetimes, startSession } from "./sessions";

// Server-side sessions: a cookie is good only while its session row is live. What people rely on: signing out (here
// or on another instance) ends the session for every copy of the cookie; a session ends when idle too long or past
// its absolute end, whatever the cookie says; nobody can end someone else's session.
const getDb = useTestDb();
const HOUR_MS = 3_600_000;
const CHROME_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

async function signedInUser() {
  const db = await getDb();
  await startIdentityNotifications(db);
  const organisation = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: organisation.id, role: "analyst" });
  const sessionId = await startSession(db, { userId: user.id, userAgent: CHROME_ON_LINUX, clientAddress: "203.0.113.7" });
  return { db, user, sessionId };
}

describe("server-side sessions", () => {
  it("resolve to the user while live, and to nothing once revoked", async () => {
    const { db, user, sessionId } = await signedInUser();
    expect((await resolveSession(db, { userId: user.id, sessionId }))?.id).toBe(user.id);
    await revokeUserSessions(db, { userId: user.id, sessionId });
    expect(await resolveSession(db, { userId: user.id, sessionId })).toBeNull();
  });

  it("end on this instance when another instance revokes them (NOTIFY at commit)", async () => {
    const { db, user, sessionId } = await signedInUser();
    expect(await resolveSession(db, { userId: user.id, sessionId })).not.toBeNull(); // remembered here
    await db.transaction(async (tx) => {
      await tx.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
      await notifyIdentityChanged(tx, user.id);
    });
    await vi.waitFor(async () => expect(await resolveSession(db, { userId: user.id, sessionId })).toBeNull(), { timeout: 5_000, interval: 10 });
  });

  it("are found at once when started on another instance after this one remembered the user", async () => {
    const { db, user, sessionId } = await signedInUser();
    await resolveSession(db, { userId: user.id, sessionId });
    const [other] = await db.insert(sessions).values({ userId: user.id, expiresAt: new Date(Date.now() + HOUR_MS) }).returning({ id: sessions.id });
    expect((await resolveSession(db, { userId: user.id, sessionId: other?.id ?? "" }))?.id).toBe(user.id);
  });

  it("end after the idle timeout and at their absolute end, and are refused for another user", async () => {
    const { db, user, sessionId } = await signedInUser();
    const { idleMs, maxAgeMs } = sessionLifetimes();
    const justIdle = new Date(Date.now() + idleMs + 1000);
    expect(await resolveSession(db, { userId: user.id, sessionId, now: justIdle })).toBeNull();
    // Activity keeps it going: seen half an idle period later, it is still live another half period on...
    const halfway = new Date(Date.now() + idleMs / 2);
    expect(await resolveSession(db, { userId: user.id, sessionId, now: halfway })).not.toBeNull();
    expect(await resolveSession(db, { userId: user.id, sessionId, now: new Date(halfway.getTime() + idleMs / 2 + 1000) })).not.toBeNull();
    // ...but never past the absolute end.
    expect(await resolveSession(db, { userId: user.id, sessionId, now: new Date(Date.now() + maxAgeMs + 1000) })).toBeNull();
    const stranger = await createTestUser(db, { organisationId: (await createTestOrganisation(db)).id, role: "admin" });
    expect(await resolveSession(db, { userId: stranger.id, sessionId })).toBeNull();
  });

  it("can all be ended but the current one, and one cannot end someone else's", async () => {
    const { db, user, sessionId } = await signedInUser();
    const second = await startSession(db, { userId: user.id, userAgent: "curl/8.5.0", clientAddress: "198.51.100.2" });
    const third = await startSession(db, { userId: user.id, userAgent: "", clientAddress: "198.51.100.3" });
    const list = await listMySessions({ userId: user.id, currentSessionId: sessionId });
    expect(list.map((s) => [s.id, s.device, s.isCurrent])).toEqual(
      expect.arrayContaining([[sessionId, "Chrome on Linux", true], [second, "curl", false], [third, "Unknown device", false]]),
    );
    const other = await signedInUser();
    await expect(revokeUserSessions(db, { userId: other.user.id, sessionId: second })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await revokeUserSessions(db, { userId: user.id, exceptSessionId: sessionId })).toBe(2);
    expect((await listMySessions({ userId: user.id })).map((s) => s.id)).toEqual([sessionId]);
    expect(await resolveSession(db, { userId: user.id, sessionId: second })).toBeNull();
    expect(await resolveSession(db, { userId: user.id, sessionId })).not.toBeNull();
    expect(await resolveSession(db, { userId: other.user.id, sessionId: other.sessionId })).not.toBeNull();
  });
});

describe("describeUserAgent", () => {
  it("names common browsers and systems, and says so when it cannot", () => {
    expect(describeUserAgent(CHROME_ON_LINUX)).toBe("Chrome on Linux");
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0")).toBe("Edge on Windows");
    expect(describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe("Safari on iOS");
    expect(describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:121.0) Gecko/20100101 Firefox/121.0")).toBe("Firefox on macOS");
    expect(describeUserAgent("")).toBe("Unknown device");
  });
});
