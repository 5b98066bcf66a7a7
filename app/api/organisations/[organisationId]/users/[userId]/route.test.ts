import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships, users } from "@/db/schema";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestUser, useTestDb } from "@/tests/support/db";
import { GET } from "../route";
import { auditRowsFor, createWorld, snapshotOrganisation } from "../../../../../../tests/support/users-world";
import { DELETE, PATCH } from "./route";

const getDb = useTestDb();
// Open and migrate the database under the hook timeout, not inside the first test (PGlite takes seconds on a busy host).
beforeAll(async () => {
  await getDb();
});

async function asAdmin() {
  const db = await getDb();
  const world = await createWorld(db);
  const cookie = await world.cookieOf("admin");
  const params = (userId: string) => ({ organisationId: world.organisationId, userId });
  const patch = (userId: string, body: unknown, as = cookie) => callRoute(PATCH, "PATCH", "/x", { params: params(userId), body, cookie: as });
  const remove = (userId: string, as = cookie) => callRoute(DELETE, "DELETE", "/x", { params: params(userId), cookie: as });
  return { db, world, cookie, patch, remove };
}

describe("PATCH /api/organisations/{organisationId}/users/{userId}", () => {
  it("changes the role and the status in one transaction with the audit rows", async () => {
    const { db, world, patch } = await asAdmin();
    const res = await patch(world.target.id, { role: "viewer", isActive: false });
    expect(res).toMatchObject({ status: 200, body: { data: { id: world.target.id, role: "viewer", isActive: false } } });
    // Both rows come from one transaction and share its timestamp: their order is not defined.
    const audit = await auditRowsFor(db, world.organisationId);
    expect(audit).toHaveLength(2);
    expect(audit).toEqual(expect.arrayContaining([
      { action: "role_change", entityType: "membership", entityId: world.target.id, userId: world.userIds.admin, before: { role: "analyst" }, after: { role: "viewer" } },
      { action: "update", entityType: "user", entityId: world.target.id, userId: world.userIds.admin, before: { isActive: true }, after: { isActive: false } },
    ]));
    const back = await patch(world.target.id, { isActive: true });
    expect(back).toMatchObject({ status: 200, body: { data: { role: "viewer", isActive: true } } });
    const unchanged = await patch(world.target.id, { role: "viewer" });
    expect(unchanged.status).toBe(200);
    expect(await auditRowsFor(db, world.organisationId)).toHaveLength(3);
  });

  it("refuses the deactivated user's session at once", async () => {
    const { world, patch } = await asAdmin();
    const targetCookie = await sessionCookieFor(world.target.id);
    await patch(world.target.id, { role: "admin" });
    const list = () => callRoute(GET, "GET", "/x", { params: { organisationId: world.organisationId }, cookie: targetCookie });
    expect((await list()).status).toBe(200);
    await patch(world.target.id, { isActive: false });
    expect(await list()).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
  });

  it("refuses an admin demoting or deactivating themself (422 SELF_DEMOTION), writing nothing", async () => {
    const { db, world, patch } = await asAdmin();
    await patch(world.target.id, { role: "admin" });
    const before = await snapshotOrganisation(db, world.organisationId);
    for (const body of [{ role: "project_manager" }, { isActive: false }, { role: "admin", isActive: false }]) {
      expect(await patch(world.userIds.admin, body)).toMatchObject({ status: 422, body: { error: { code: "SELF_DEMOTION" } } });
    }
    expect(await snapshotOrganisation(db, world.organisationId)).toEqual(before);
  });

  it("refuses to change the status of an account another organisation shares (422 ACCOUNT_SHARED)", async () => {
    const { db, world, patch } = await asAdmin();
    await db.insert(memberships).values({ userId: world.target.id, organisationId: world.foreignOrganisationId, role: "viewer" });
    const before = await snapshotOrganisation(db, world.organisationId);
    expect(await patch(world.target.id, { isActive: false })).toMatchObject({ status: 422, body: { error: { code: "ACCOUNT_SHARED" } } });
    expect(await snapshotOrganisation(db, world.organisationId)).toEqual(before);
    expect(await patch(world.target.id, { role: "viewer" })).toMatchObject({ status: 200, body: { data: { role: "viewer" } } });
  });

  it("keeps one active admin when two admins demote each other at the same moment", async () => {
    const { db, world, patch } = await asAdmin();
    await patch(world.target.id, { role: "admin" });
    const targetCookie = await sessionCookieFor(world.target.id);
    const results = await Promise.all([
      patch(world.target.id, { role: "analyst" }),
      patch(world.userIds.admin, { isActive: false }, targetCookie),
    ]);
    // The loser is refused by the rule (422 LAST_ADMIN) when both passed the guards, else by the guards themselves
    // once the winner committed: 401 (its caller was deactivated) or 403 (demoted). lib/users/members.test.ts forces
    // the first interleaving.
    const refused = results.find((res) => res.status !== 200);
    expect(results.filter((res) => res.status === 200)).toHaveLength(1);
    expect([401, 403, 422]).toContain(refused?.status);
    const activeAdmins = await db
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, world.organisationId), eq(memberships.role, "admin"), eq(users.isActive, true)));
    expect(activeAdmins).toHaveLength(1);
  });

  it.each([
    [{}, ["_root"]],
    [{ role: "superuser" }, ["role"]],
    [{ isActive: "no" }, ["isActive"]],
    [{ role: "viewer", passwordHash: "x" }, ["_root"]],
  ])("answers 400 with field errors for %j", async (body, fields) => {
    const { db, world, patch } = await asAdmin();
    const before = await snapshotOrganisation(db, world.organisationId);
    const res = await patch(world.target.id, body);
    expect(res.status).toBe(400);
    expect(Object.keys((res.body as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).sort()).toEqual(fields);
    expect(await snapshotOrganisation(db, world.organisationId)).toEqual(before);
  });

  it("answers 404 for a user who is not a member", async () => {
    const { world, patch } = await asAdmin();
    expect((await patch(world.foreignAdminId, { role: "viewer" })).status).toBe(404);
    expect((await patch(crypto.randomUUID(), { role: "viewer" })).status).toBe(404);
  });
});

describe("DELETE /api/organisations/{organisationId}/users/{userId}", () => {
  it("removes the membership (the account stays) with an audit row", async () => {
    const { db, world, remove } = await asAdmin();
    const res = await remove(world.target.id);
    expect(res).toMatchObject({ status: 204, body: undefined });
    const [account] = await db.select({ id: users.id }).from(users).where(eq(users.id, world.target.id));
    expect(account).toEqual({ id: world.target.id });
    expect(await auditRowsFor(db, world.organisationId)).toEqual([
      { action: "delete", entityType: "membership", entityId: world.target.id, userId: world.userIds.admin, before: { userId: world.target.id, email: world.target.email, role: "analyst" }, after: null },
    ]);
    expect((await remove(world.target.id)).status).toBe(404);
  });

  it("refuses removing oneself, writing nothing; an inactive admin may go", async () => {
    const { db, world, remove } = await asAdmin();
    const other = await createTestUser(db, { organisationId: world.organisationId, role: "admin", isActive: false });
    const before = await snapshotOrganisation(db, world.organisationId);
    expect(await remove(world.userIds.admin)).toMatchObject({ status: 422, body: { error: { code: "SELF_DEMOTION" } } });
    expect(await snapshotOrganisation(db, world.organisationId)).toEqual(before);
    // An inactive admin does not count as one: removing them is fine.
    expect((await remove(other.id)).status).toBe(204);
  });
});
