import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { callRoute } from "@/tests/support/api";
import { createTestUser, useTestDb } from "@/tests/support/db";
import { GET, POST } from "./route";
import { auditRowsFor, createWorld, snapshotOrganisation } from "../../../../../tests/support/users-world";

const getDb = useTestDb();
// Open and migrate the database under the hook timeout, not inside the first test (PGlite takes seconds on a busy host).
beforeAll(async () => {
  await getDb();
});

type MemberBody = { data: { id: string; email: string; role: string; isActive: boolean; lastSignInAt: string | null } };
type PageBody = { data: { id: string; name: string; email: string }[]; page: number; pageSize: number; total: number };

async function asAdmin() {
  const db = await getDb();
  const world = await createWorld(db);
  const cookie = await world.cookieOf("admin");
  const post = (body: unknown) => callRoute(POST, "POST", "/x", { params: { organisationId: world.organisationId }, body, cookie });
  const list = (query = "") => callRoute(GET, "GET", `/x${query}`, { params: { organisationId: world.organisationId }, cookie });
  return { db, world, post, list };
}

describe("POST /api/organisations/{organisationId}/users", () => {
  it("creates an account with a hashed password, never returned, with Location and audit rows", async () => {
    const { db, world, post } = await asAdmin();
    const res = await post({ name: "Nia Newcomer", email: "  Nia.Newcomer@Example.TEST ", role: "analyst", password: "a long enough secret" });
    expect(res.status).toBe(201);
    const { data } = res.body as MemberBody;
    expect(data).toMatchObject({ email: "nia.newcomer@example.test", role: "analyst", isActive: true, lastSignInAt: null });
    expect(res.headers.get("location")).toBe(`/api/organisations/${world.organisationId}/users/${data.id}`);
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon/i);
    const [account] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, data.id));
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account?.passwordHash ?? "", "a long enough secret")).toBe(true);
    // Both rows come from one transaction and share its timestamp: their order is not defined (it flaked in CI).
    const audit = await auditRowsFor(db, world.organisationId);
    expect(audit).toHaveLength(2);
    expect(audit.map((row) => [row.action, row.entityType, row.entityId, row.userId])).toEqual(expect.arrayContaining([
      ["create", "user", data.id, world.userIds.admin],
      ["create", "membership", data.id, world.userIds.admin],
    ]));
    expect(JSON.stringify(audit)).not.toMatch(/password|argon/i);
  });

  it("adds an existing account by email without touching its name or password", async () => {
    const { db, world, post } = await asAdmin();
    const outsider = await createTestUser(db, { organisationId: world.foreignOrganisationId, role: "viewer" });
    const res = await post({ email: outsider.email.toUpperCase(), role: "project_manager" });
    expect(res).toMatchObject({ status: 201, body: { data: { id: outsider.id, role: "project_manager" } } });
    const [account] = await db.select({ passwordHash: users.passwordHash, name: users.name }).from(users).where(eq(users.id, outsider.id));
    expect(account).toEqual({ passwordHash: "not-a-hash", name: "Test viewer" });
    const audit = await auditRowsFor(db, world.organisationId);
    expect(audit).toEqual([expect.objectContaining({ action: "create", entityType: "membership", after: { userId: outsider.id, email: outsider.email, role: "project_manager" } })]);
  });

  it("answers 409 for a member already there or an email in use, 422 for an unknown email, writing nothing", async () => {
    const { db, world, post } = await asAdmin();
    const outsider = await createTestUser(db, { organisationId: world.foreignOrganisationId, role: "viewer" });
    const before = await snapshotOrganisation(db, world.organisationId);
    const again = await post({ email: world.target.email, role: "viewer" });
    expect(again).toMatchObject({ status: 409, body: { error: { code: "ALREADY_MEMBER", fieldErrors: { email: [expect.any(String)] } } } });
    const taken = await post({ name: "Someone", email: outsider.email, role: "viewer", password: "twelve chars!" });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: "EMAIL_TAKEN" } } });
    const unknown = await post({ email: `nobody-${crypto.randomUUID()}@example.test`, role: "viewer" });
    expect(unknown).toMatchObject({ status: 422, body: { error: { code: "USER_NOT_FOUND", fieldErrors: { email: [expect.any(String)] } } } });
    expect(await snapshotOrganisation(db, world.organisationId)).toEqual(before);
    const [outsiderMembership] = await db.select().from(memberships).where(eq(memberships.userId, outsider.id));
    expect(outsiderMembership?.organisationId).toBe(world.foreignOrganisationId);
  });

  it.each([
    [{ name: "A", email: "not-an-email", role: "analyst", password: "long enough password" }, ["email"]],
    [{ name: "A", email: "a@example.test", role: "analyst", password: "short" }, ["password"]],
    [{ name: "A", email: "a@example.test", role: "owner", password: "long enough password" }, ["role"]],
    [{ name: "  ", email: "a@example.test", role: "viewer", password: "long enough password" }, ["name"]],
    [{ email: "a@example.test", role: "viewer", password: "long enough password" }, ["name"]],
    [{ name: "A", email: "a@example.test", role: "viewer" }, ["password"]],
    [{ email: "a@example.test", role: "viewer", isActive: false }, ["_root"]],
    [{}, ["email", "role"]],
  ])("answers 400 with field errors for %j", async (body, fields) => {
    const { db, world, post } = await asAdmin();
    const before = await snapshotOrganisation(db, world.organisationId, "a@example.test");
    const res = await post(body);
    expect(res.status).toBe(400);
    const fieldErrors = (res.body as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(fields);
    expect(JSON.stringify(res.body)).not.toContain("long enough password");
    expect(await snapshotOrganisation(db, world.organisationId, "a@example.test")).toEqual(before);
  });
});

describe("GET /api/organisations/{organisationId}/users", () => {
  it("lists members with role, status and last sign-in, searched, filtered and paginated", async () => {
    const { db, world, list } = await asAdmin();
    await db.update(users).set({ name: "Zoë 100%_Match", isActive: false, lastSignInAt: new Date("2026-01-02T03:04:05Z") }).where(eq(users.id, world.target.id));
    const all = (await list("?pageSize=2&page=3")).body as PageBody;
    expect(all).toMatchObject({ page: 3, pageSize: 2, total: 5 });
    expect(all.data).toHaveLength(1);
    const found = await list("?q=100%25_m");
    expect(found.body).toMatchObject({
      total: 1,
      data: [{ id: world.target.id, role: "analyst", isActive: false, lastSignInAt: "2026-01-02T03:04:05.000Z", memberSince: expect.any(String) }],
    });
    expect(((await list("?q=%25")).body as PageBody).total).toBe(1);
    expect(((await list("?status=active")).body as PageBody).total).toBe(4);
    expect(((await list("?role=analyst&status=inactive")).body as PageBody).total).toBe(1);
    const byEmail = (await list("?sort=email&order=desc")).body as PageBody;
    expect(byEmail.data.map((member) => member.email)).toEqual([...byEmail.data.map((member) => member.email)].sort().reverse());
    const bad = await list("?pageSize=1000&status=gone&sort=password");
    expect(bad).toMatchObject({ status: 400, body: { error: { fieldErrors: { pageSize: [expect.any(String)], status: [expect.any(String)], sort: [expect.any(String)] } } } });
  });
});
