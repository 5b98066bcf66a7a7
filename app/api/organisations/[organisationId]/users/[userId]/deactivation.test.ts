import { beforeAll, describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/api/me/route";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { PATCH } from "./route";

// GET /api/me reads the REAL session cookie of the request under test; the user, their memberships and isActive
// come from the test database on every request, as in production.
const getDb = useTestDb();
// Open and migrate the database under the hook timeout, not inside the first test (PGlite takes seconds on a busy host).
beforeAll(async () => {
  await getDb();
});

async function callMe(cookie: string) {
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
