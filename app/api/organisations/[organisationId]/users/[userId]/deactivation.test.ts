import { decode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getAuthSecret } from "@/lib/auth/secret";
import { callRoute, sessionCookieFor } from "@/lib/testing/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/lib/testing/db";
import { PATCH } from "./route";

// GET /api/me reads the session through Next's request scope (cookies()) and Auth.js's auth(). Outside Next both
// are replaced by fakes over the REAL session cookie of the request under test; the user, their memberships and
// isActive still come from the test database, as in production.
const SESSION_COOKIE = "authjs.session-token";
const scope = vi.hoisted(() => ({ cookies: new Map<string, string>() }));

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (scope.cookies.has(name) ? { name, value: scope.cookies.get(name) } : undefined),
  }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => {
    const token = scope.cookies.get(SESSION_COOKIE);
    const decoded = token ? await decode({ token, secret: getAuthSecret(), salt: SESSION_COOKIE }) : null;
    return decoded?.sub ? { user: { id: decoded.sub }, expires: "" } : null;
  },
}));

const { GET: getMe } = await import("@/app/api/me/route");
const getDb = useTestDb();
// Open and migrate the database under the hook timeout, not inside the first test (PGlite takes seconds on a busy host).
beforeAll(async () => {
  await getDb();
});

async function callMe(cookie: string) {
  scope.cookies = new Map(cookie.split("; ").map((part) => part.split("=", 2) as [string, string]));
  // GET /api/me takes no path params; callRoute's context type is the general one.
  return callRoute((request) => getMe(request, { params: Promise.resolve({}) }), "GET", "/api/me", { cookie });
}

describe("deactivating a member", () => {
  it("refuses their session on their very next request to GET /api/me, and reactivating lets them back", async () => {
    const db = await getDb();
    const organisation = await createTestOrganisation(db);
    const admin = await createTestUser(db, { organisationId: organisation.id, role: "admin" });
    const member = await createTestUser(db, { organisationId: organisation.id, role: "analyst" });
    const memberCookie = await sessionCookieFor(member.id);
    const adminCookie = await sessionCookieFor(admin.id);
    const setActive = (isActive: boolean) =>
      callRoute(PATCH, "PATCH", "/x", { params: { organisationId: organisation.id, userId: member.id }, body: { isActive }, cookie: adminCookie });

    expect(await callMe(memberCookie)).toMatchObject({ status: 200, body: { user: { id: member.id } } });
    expect((await setActive(false)).status).toBe(200);
    expect(await callMe(memberCookie)).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect((await setActive(true)).status).toBe(200);
    expect((await callMe(memberCookie)).status).toBe(200);
  });
});
