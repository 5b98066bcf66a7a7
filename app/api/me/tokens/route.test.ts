import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { apiTokens } from "@/db/schema";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { bearer } from "@/tests/support/bearer";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { GET as getMe } from "../route";
import { DELETE as endSession } from "../sessions/[sessionId]/route";
import { DELETE as endSessions, GET as listSessions } from "../sessions/route";
import { DELETE as revoke } from "./[tokenId]/route";
import { GET as list, POST as create } from "./route";

// /api/me/tokens through the real routes: created with a cookie and shown once, used as a Bearer credential,
// revoked; a token may read its owner's tokens and sessions but neither mint tokens nor sign its owner out.
const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

type Created = { data: { id: string; prefix: string; role: string; expiresAt: string }; token: string };

async function analyst() {
  const db = await getDb();
  const organisation = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: organisation.id, role: "analyst" });
  return { db, userId: user.id, cookie: await sessionCookieFor(user.id) };
}

async function createToken(cookie: string, body: Record<string, unknown> = { name: "CI", role: "viewer" }): Promise<Created> {
  const res = await callRoute(create, "POST", "/api/me/tokens", { cookie, body });
  expect(res.status).toBe(201);
  return res.body as Created;
}

describe("/api/me/tokens", () => {
  it("creates a token with a cookie: 201, shown once, not cacheable, expiring in 90 days by default; then it works as Bearer", async () => {
    const { cookie } = await analyst();
    const before = Date.now();
    const res = await callRoute(create, "POST", "/api/me/tokens", { cookie, body: { name: "  CI  ", role: "analyst" } });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const { data, token } = res.body as Created;
    expect(data).toMatchObject({ name: "CI", role: "analyst", prefix: token.slice(0, 12) });
    const days = (Date.parse(data.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(89.99);
    expect(days).toBeLessThan(90.01);
    const listed = await callRoute(list, "GET", "/api/me/tokens", { cookie });
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect((listed.body as { data: unknown[] }).data).toHaveLength(1);
    const me = await callRoute(getMe, "GET", "/api/me", { headers: bearer(token) });
    expect(me).toMatchObject({ status: 200, body: { user: { activeOrganisation: { role: "analyst" } } } });
    expect(JSON.stringify(me.body)).not.toContain("apiTokenId");
  });

  it("answers 400 for a blank or long name and an expiry outside 1–366 whole days, writing nothing", async () => {
    const { db, userId, cookie } = await analyst();
    for (const body of [
      { name: " ", role: "viewer" },
      { name: "x".repeat(101), role: "viewer" },
      { name: "CI", role: "viewer", expiresInDays: 0 },
      { name: "CI", role: "viewer", expiresInDays: 367 },
      { name: "CI", role: "viewer", expiresInDays: 1.5 },
      { name: "CI", role: "owner" },
    ]) {
      const res = await callRoute(create, "POST", "/api/me/tokens", { cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await db.select().from(apiTokens).where(eq(apiTokens.userId, userId))).toEqual([]);
  });

  it("refuses a role above the caller's with 403 TOKEN_ROLE_TOO_HIGH beside the role field", async () => {
    const { cookie } = await analyst();
    const res = await callRoute(create, "POST", "/api/me/tokens", { cookie, body: { name: "CI", role: "project_manager" } });
    expect(res).toMatchObject({ status: 403, body: { error: { code: "TOKEN_ROLE_TOO_HIGH", fieldErrors: { role: [expect.any(String)] } } } });
  });

  it("revokes: 204, the token is 401 on its next request, a second revoke and another person's token are 404", async () => {
    const { cookie } = await analyst();
    const stranger = await analyst();
    const created = await createToken(cookie);
    const foreign = await callRoute(revoke, "DELETE", "/x", { cookie: stranger.cookie, params: { tokenId: created.data.id } });
    expect(foreign).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    expect((await callRoute(getMe, "GET", "/api/me", { headers: bearer(created.token) })).status).toBe(200);
    expect((await callRoute(revoke, "DELETE", "/x", { cookie, params: { tokenId: created.data.id } })).status).toBe(204);
    const refused = await callRoute(getMe, "GET", "/api/me", { headers: bearer(created.token) });
    expect(refused).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect((await callRoute(revoke, "DELETE", "/x", { cookie, params: { tokenId: created.data.id } })).status).toBe(404);
    expect((await callRoute(revoke, "DELETE", "/x", { cookie, params: { tokenId: "42" } })).status).toBe(400);
  });

  it("lets a token list its owner's tokens and sessions, but not create or revoke tokens or end sessions (403 SESSION_REQUIRED)", async () => {
    const { db, userId, cookie } = await analyst();
    const { data, token } = await createToken(cookie, { name: "Script", role: "analyst" });
    const auth = { headers: bearer(token) };
    expect((await callRoute(list, "GET", "/api/me/tokens", auth)).status).toBe(200);
    const sessions = await callRoute(listSessions, "GET", "/api/me/sessions", auth);
    expect(sessions.status).toBe(200);
    const sessionList = (sessions.body as { data: { id: string; isCurrent: boolean }[] }).data;
    expect(sessionList.map((s) => s.isCurrent)).toEqual([false]);
    const refusals = [
      await callRoute(create, "POST", "/api/me/tokens", { ...auth, body: { name: "Minted", role: "viewer" } }),
      await callRoute(revoke, "DELETE", "/x", { ...auth, params: { tokenId: data.id } }),
      await callRoute(endSessions, "DELETE", "/api/me/sessions", auth),
      await callRoute(endSessions, "DELETE", "/api/me/sessions?keepCurrent=true", auth),
      await callRoute(endSession, "DELETE", "/x", { ...auth, params: { sessionId: sessionList[0]?.id ?? "" } }),
    ];
    for (const res of refusals) expect(res).toMatchObject({ status: 403, body: { error: { code: "SESSION_REQUIRED" } } });
    expect(await db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.userId, userId))).toEqual([{ id: data.id }]);
    expect((await callRoute(getMe, "GET", "/api/me", { cookie })).status).toBe(200);
    expect((await callRoute(getMe, "GET", "/api/me", auth)).status).toBe(200);
  });

  it("refuses a Bearer write that another site made a browser send, like a cookie one (the origin rule has no exemption)", async () => {
    const { cookie } = await analyst();
    const { token } = await createToken(cookie, { name: "Script", role: "analyst" });
    const crossSite = await callRoute(create, "POST", "/api/me/tokens", {
      headers: { ...bearer(token), origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      body: { name: "x", role: "viewer" },
    });
    expect(crossSite).toMatchObject({ status: 403, body: { error: { code: "CROSS_SITE_REQUEST" } } });
  });
});
