import { beforeAll, describe, expect, it } from "vitest";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { GET as getMe } from "../route";
import { DELETE as revokeOne } from "./[sessionId]/route";
import { DELETE as revokeAll, GET as list } from "./route";

// The caller's own sessions through the real routes and cookies: sign out one device, everywhere else, everywhere.
const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

type SessionsBody = { data: { id: string; isCurrent: boolean; device: string }[] };

async function personWithTwoDevices() {
  const db = await getDb();
  const organisation = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: organisation.id, role: "viewer" });
  return { user, laptop: await sessionCookieFor(user.id), phone: await sessionCookieFor(user.id) };
}

const meStatus = async (cookie: string) => (await callRoute(getMe, "GET", "/api/me", { cookie })).status;

describe("/api/me/sessions", () => {
  it("lists the caller's live sessions with the current one marked, and never the session id in /api/me", async () => {
    const { laptop } = await personWithTwoDevices();
    const res = await callRoute(list, "GET", "/api/me/sessions", { cookie: laptop });
    expect(res.status).toBe(200);
    const { data } = res.body as SessionsBody;
    expect(data).toHaveLength(2);
    expect(data.filter((s) => s.isCurrent)).toHaveLength(1);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const me = await callRoute(getMe, "GET", "/api/me", { cookie: laptop });
    expect(JSON.stringify(me.body)).not.toContain("sessionId");
  });

  it("ends one device's session: its cookie is refused, the other still works; another person's session is 404", async () => {
    const { laptop, phone } = await personWithTwoDevices();
    const { data } = (await callRoute(list, "GET", "/api/me/sessions", { cookie: laptop })).body as SessionsBody;
    const phoneSession = data.find((s) => !s.isCurrent);
    const stranger = await personWithTwoDevices();
    const foreign = await callRoute(revokeOne, "DELETE", "/x", { cookie: stranger.laptop, params: { sessionId: phoneSession?.id ?? "" } });
    expect(foreign.status).toBe(404);
    expect(await meStatus(phone)).toBe(200);
    const res = await callRoute(revokeOne, "DELETE", "/x", { cookie: laptop, params: { sessionId: phoneSession?.id ?? "" } });
    expect(res.status).toBe(204);
    expect(await meStatus(phone)).toBe(401);
    expect(await meStatus(laptop)).toBe(200);
  });

  it("signs out everywhere else with keepCurrent, and everywhere without it", async () => {
    const { laptop, phone } = await personWithTwoDevices();
    const elsewhere = await callRoute(revokeAll, "DELETE", "/api/me/sessions?keepCurrent=true", { cookie: laptop });
    expect(elsewhere.body).toEqual({ revoked: 1 });
    expect([await meStatus(laptop), await meStatus(phone)]).toEqual([200, 401]);
    const everywhere = await callRoute(revokeAll, "DELETE", "/api/me/sessions", { cookie: laptop });
    expect(everywhere.body).toEqual({ revoked: 1 });
    expect(await meStatus(laptop)).toBe(401);
  });

  it("refuses a cookie that names no server-side session (issued before sessions were stored)", async () => {
    const db = await getDb();
    const organisation = await createTestOrganisation(db);
    const user = await createTestUser(db, { organisationId: organisation.id, role: "admin" });
    const { cookieForSession } = await import("@/tests/support/api");
    expect(await meStatus(await cookieForSession(user.id, undefined))).toBe(401);
    expect(await meStatus(await cookieForSession(user.id, crypto.randomUUID()))).toBe(401);
  });
});
