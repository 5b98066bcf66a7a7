import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, invitations, memberships, users } from "@/db/schema";
import { POST as accept } from "@/app/api/invitations/accept/route";
import { GET as me } from "@/app/api/me/route";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { CALLERS, createWorld, type Caller } from "@/tests/support/users-world";
import { DELETE as revoke } from "./[invitationId]/route";
import { GET as list, POST as invite } from "./route";

// Invitations through the real routes, without an email server (the admin receives the link): only admins invite,
// the link is single-use and revocable, only its digest is stored, and no answer tells an admin whether an email
// has an account in another organisation.
const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

const STRONG = "tailings kettle magnolia 41";
type Invited = { data: { id: string; email: string }; emailed: boolean; path: string };

async function adminOf() {
  const db = await getDb();
  const world = await createWorld(db);
  const cookie = await world.cookieOf("admin");
  const params = { organisationId: world.organisationId };
  const post = async (body: unknown) => callRoute(invite, "POST", "/x", { params, body, cookie });
  return { db, world, cookie, params, post };
}

const tokenOf = (invited: Invited) => new URL(invited.path, "http://x").searchParams.get("token") ?? "";

describe("inviting", () => {
  const expected: Record<Caller, number> = { anonymous: 401, viewer: 403, analyst: 403, project_manager: 403, admin: 201, foreign_admin: 404 };
  it.each(CALLERS)("answers %s as the role matrix says", async (caller) => {
    const { world } = await adminOf();
    const res = await callRoute(invite, "POST", "/x", { params: { organisationId: world.organisationId }, body: { email: `x-${crypto.randomUUID()}@example.test`, role: "viewer" }, cookie: await world.cookieOf(caller) });
    expect(res.status).toBe(expected[caller]);
  });

  it("answers the same for an email with an account elsewhere as for a new one, and stores only a digest", async () => {
    const { db, post } = await adminOf();
    const elsewhere = await createTestUser(db, { organisationId: (await createTestOrganisation(db)).id, role: "admin" });
    const known = await post({ email: elsewhere.email, role: "analyst" });
    const unknown = await post({ email: `new-${crypto.randomUUID()}@example.test`, role: "analyst" });
    expect([known.status, unknown.status]).toEqual([201, 201]);
    expect(Object.keys(known.body as object).sort()).toEqual(Object.keys(unknown.body as object).sort());
    const token = tokenOf(known.body as Invited);
    const [stored] = await db.select({ tokenHash: invitations.tokenHash }).from(invitations).where(eq(invitations.id, (known.body as Invited).data.id));
    expect(stored?.tokenHash).not.toContain(token.slice(4, 20));
  });

  it("refuses an email that is a member already (409), and a new invitation replaces the pending one", async () => {
    const { db, world, cookie, params, post } = await adminOf();
    const [target] = await db.select({ email: users.email }).from(users).where(eq(users.id, world.target.id));
    expect((await post({ email: target?.email, role: "viewer" })).status).toBe(409);
    const email = `twice-${crypto.randomUUID()}@example.test`;
    const first = (await post({ email, role: "viewer" })).body as Invited;
    await post({ email, role: "analyst" });
    const pending = (await callRoute(list, "GET", "/x", { params, cookie })).body as { data: { email: string; role: string }[] };
    expect(pending.data.filter((row) => row.email === email)).toEqual([expect.objectContaining({ role: "analyst" })]);
    const stale = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token: tokenOf(first), name: "Late", password: STRONG } });
    expect(stale.body).toMatchObject({ error: { code: "INVITATION_INVALID" } });
  });
});

describe("accepting", () => {
  it("creates the invited person's account with their own name and password, once; the link then stops working", async () => {
    const { db, world, post } = await adminOf();
    const email = `ivy-${crypto.randomUUID()}@example.test`;
    const token = tokenOf((await post({ email, role: "analyst" })).body as Invited);
    const weak = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token, name: "Ivy", password: "password12345" } });
    expect(weak.status).toBe(400);
    const res = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token, name: "Ivy Invited", password: STRONG } });
    expect(res.body).toEqual({ organisationId: world.organisationId, email, isNewAccount: true });
    const [account] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email));
    const [membership] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, account?.id ?? ""), eq(memberships.organisationId, world.organisationId)));
    expect([account?.name, membership?.role]).toEqual(["Ivy Invited", "analyst"]);
    const again = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token, name: "Ivy Again", password: STRONG } });
    expect(again.body).toMatchObject({ error: { code: "INVITATION_INVALID" } });
    const audit = await db.select({ action: auditLog.action, entityType: auditLog.entityType }).from(auditLog).where(eq(auditLog.organisationId, world.organisationId));
    expect(audit).toEqual(expect.arrayContaining([{ action: "accept", entityType: "invitation" }, { action: "create", entityType: "membership" }]));
  });

  it("lets an existing account accept only signed in as itself, never by setting a password", async () => {
    const { db, world, post } = await adminOf();
    const other = await createTestUser(db, { organisationId: (await createTestOrganisation(db)).id, role: "viewer" });
    const token = tokenOf((await post({ email: other.email, role: "viewer" })).body as Invited);
    const takeover = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token, name: "Mallory", password: STRONG } });
    expect(takeover.status).toBe(409);
    expect(takeover.body).toMatchObject({ error: { code: "ACCOUNT_EXISTS" } });
    const wrongPerson = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token }, cookie: await world.cookieOf("viewer") });
    expect(wrongPerson.status).toBe(403);
    const cookie = await sessionCookieFor(other.id, world.organisationId);
    const res = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token }, cookie });
    expect(res.body).toMatchObject({ isNewAccount: false });
    const after = (await callRoute(me, "GET", "/api/me", { cookie })).body as { user: { memberships: { organisationId: string }[] } };
    expect(after.user.memberships.map((m) => m.organisationId)).toContain(world.organisationId);
  });

  it("refuses a withdrawn invitation; withdrawing someone else's organisation's invitation is 404", async () => {
    const { world, cookie, params, post } = await adminOf();
    const invited = (await post({ email: `w-${crypto.randomUUID()}@example.test`, role: "viewer" })).body as Invited;
    const foreign = await callRoute(revoke, "DELETE", "/x", { params: { ...params, invitationId: invited.data.id }, cookie: await world.cookieOf("foreign_admin") });
    expect(foreign.status).toBe(404);
    expect((await callRoute(revoke, "DELETE", "/x", { params: { ...params, invitationId: invited.data.id }, cookie })).status).toBe(204);
    const res = await callRoute(accept, "POST", "/api/invitations/accept", { body: { token: tokenOf(invited), name: "Too Late", password: STRONG } });
    expect(res.body).toMatchObject({ error: { code: "INVITATION_INVALID" } });
  });
});
