import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { CALLERS, createWorld, type Caller } from "@/tests/support/users-world";
import { POST as changePassword } from "../me/password/route";
import { POST as issueLink } from "../organisations/[organisationId]/users/[userId]/password-link/route";
import { POST as forgot } from "./forgot/route";
import { POST as setPassword } from "./set/route";

// The password routes without an email server (the default): the guard ladder, the one answer of "forgot password",
// and an admin's reset link handed to the admin only for an account of this organisation alone.
const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

describe("POST /api/password/forgot", () => {
  it("answers the same 202 for an account, an unknown email and a malformed one is 400", async () => {
    const db = await getDb();
    const world = await createWorld(db);
    const known = await callRoute(forgot, "POST", "/api/password/forgot", { body: { email: world.target.email } });
    const unknown = await callRoute(forgot, "POST", "/api/password/forgot", { body: { email: "nobody@example.test" } });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect((await callRoute(forgot, "POST", "/api/password/forgot", { body: { email: "nope" } })).status).toBe(400);
  });
});

describe("POST /api/password/set", () => {
  it("answers 400 LINK_INVALID for an unknown link, with nothing changed", async () => {
    const res = await callRoute(setPassword, "POST", "/api/password/set", { body: { token: `pwl_${"A".repeat(43)}`, password: "tailings kettle magnolia 41" } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "LINK_INVALID" } });
  });
});

describe("POST /api/me/password", () => {
  it("is for signed-in people only", async () => {
    const res = await callRoute(changePassword, "POST", "/api/me/password", { body: { currentPassword: "x", newPassword: "tailings kettle magnolia 41" } });
    expect(res.status).toBe(401);
  });
});

describe("POST /api/organisations/{organisationId}/users/{userId}/password-link", () => {
  const expected: Record<Caller, number> = { anonymous: 401, viewer: 403, analyst: 403, project_manager: 403, admin: 201, foreign_admin: 404 };

  it.each(CALLERS)("answers %s as the role matrix says", async (caller) => {
    const world = await createWorld(await getDb());
    const res = await callRoute(issueLink, "POST", "/x", { params: { organisationId: world.organisationId, userId: world.target.id }, cookie: await world.cookieOf(caller) });
    expect(res.status).toBe(expected[caller]);
    if (caller === "admin") expect(res.body).toMatchObject({ emailed: false, path: expect.stringMatching(/^\/set-password\?token=pwl_/) });
  });

  it("without email, refuses an account that also belongs to another organisation, and a non-member is 404", async () => {
    const db = await getDb();
    const world = await createWorld(db);
    const elsewhere = await createTestOrganisation(db);
    await db.insert(memberships).values({ userId: world.target.id, organisationId: elsewhere.id, role: "admin" });
    const cookie = await world.cookieOf("admin");
    const shared = await callRoute(issueLink, "POST", "/x", { params: { organisationId: world.organisationId, userId: world.target.id }, cookie });
    expect(shared.status).toBe(422);
    expect(shared.body).toMatchObject({ error: { code: "ACCOUNT_SHARED" } });
    await db.delete(memberships).where(eq(memberships.organisationId, elsewhere.id));
    const stranger = await callRoute(issueLink, "POST", "/x", { params: { organisationId: world.organisationId, userId: world.foreignAdminId }, cookie });
    expect(stranger.status).toBe(404);
  });
});
