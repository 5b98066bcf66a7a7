import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, auditLog, memberships } from "@/db/schema";
import { getApiUser } from "@/lib/auth/api-user";
import { hashSecret } from "@/lib/auth/secret-tokens";
import type { CurrentUser } from "@/lib/auth/types";
import type { Role } from "@/lib/domain/roles";
import { loadOrganisationOverview } from "@/lib/dashboards/overview";
import { sessionCookieFor } from "@/tests/support/api";
import { bearer } from "@/tests/support/bearer";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { createMyApiToken, listMyApiTokens, revokeMyApiToken } from "./api-tokens";

// A person's own tokens: a role no higher than theirs, an expiry, shown once and stored as a digest, listed and
// revoked in the active organisation only, audited there without the secret, and never minted by a token.
const getDb = useTestDb();
const DAY_MS = 86_400_000;

async function signedIn(userId: string, activeOrganisationId?: string): Promise<CurrentUser> {
  const request = new Request("http://localhost:3000/api/me", { headers: { cookie: await sessionCookieFor(userId, activeOrganisationId) } });
  const user = await getApiUser(request);
  if (!user) throw new Error("not signed in");
  return user;
}

async function person(role: Role) {
  const db = await getDb();
  const organisation = await createTestOrganisation(db);
  const { id } = await createTestUser(db, { organisationId: organisation.id, role });
  return { db, organisationId: organisation.id, userId: id, user: await signedIn(id) };
}

const input = (role: Role, extra: { name?: string; expiresInDays?: number } = {}) => ({ name: "Nightly export", expiresInDays: 90, ...extra, role });

describe("createMyApiToken", () => {
  it("stores only the digest, shows the token once, and audits the token's name, role, expiry and prefix", async () => {
    const { db, organisationId, user } = await person("analyst");
    const now = new Date("2026-03-01T00:00:00Z");
    const created = await createMyApiToken({ user, input: input("viewer", { expiresInDays: 7 }), now });
    expect(created.token).toMatch(/^cmt_[A-Za-z0-9_-]{43}$/);
    expect(created.data).toMatchObject({ role: "viewer", prefix: created.token.slice(0, 12), expiresAt: "2026-03-08T00:00:00.000Z", lastUsedAt: null });
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.data.id));
    expect(row?.tokenHash).toBe(hashSecret(created.token));
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, created.data.id));
    expect(audit).toMatchObject([{ organisationId, userId: user.id, action: "create", entityType: "api_token" }]);
    expect(audit[0]?.after).toEqual({ name: "Nightly export", role: "viewer", expiresAt: "2026-03-08T00:00:00.000Z", prefix: created.data.prefix });
    const stored = JSON.stringify(audit);
    expect(stored).not.toContain(created.token.slice(12));
    expect(stored).not.toContain(hashSecret(created.token));
  });

  it("allows any role up to the caller's own and refuses a higher one, writing nothing", async () => {
    const { db, organisationId, user } = await person("analyst");
    for (const role of ["viewer", "analyst"] as const) expect((await createMyApiToken({ user, input: input(role) })).data.role).toBe(role);
    for (const role of ["project_manager", "admin"] as const) {
      await expect(createMyApiToken({ user, input: input(role) })).rejects.toMatchObject({ status: 403, code: "TOKEN_ROLE_TOO_HIGH", fieldErrors: { role: [expect.any(String)] } });
    }
    expect(await db.select().from(apiTokens).where(eq(apiTokens.organisationId, organisationId))).toHaveLength(2);
  });

  it("is refused to a caller who came with a token: a token cannot mint tokens", async () => {
    const { db, organisationId, user } = await person("admin");
    const { token } = await createMyApiToken({ user, input: input("admin") });
    const byToken = await getApiUser(new Request("http://localhost:3000/api/me", { headers: bearer(token) }));
    if (!byToken) throw new Error("the token works");
    await expect(createMyApiToken({ user: byToken, input: input("viewer") })).rejects.toMatchObject({ status: 403, code: "SESSION_REQUIRED" });
    const [first] = await listMyApiTokens({ user });
    await expect(revokeMyApiToken({ user: byToken, tokenId: first?.id ?? "" })).rejects.toMatchObject({ code: "SESSION_REQUIRED" });
    expect(await db.select().from(apiTokens).where(eq(apiTokens.organisationId, organisationId))).toHaveLength(1);
  });
});

describe("listMyApiTokens and revokeMyApiToken", () => {
  it("list and revoke only the caller's tokens of the active organisation; revoked ones leave the list, expired ones say so", async () => {
    const { db, organisationId, userId, user } = await person("project_manager");
    const second = await createTestOrganisation(db, "Second");
    await db.insert(memberships).values({ userId, organisationId: second.id, role: "viewer" });
    const colleague = await signedIn((await createTestUser(db, { organisationId, role: "admin" })).id);
    const mine = await createMyApiToken({ user, input: input("analyst") });
    const old = await createMyApiToken({ user, input: input("viewer", { name: "Old", expiresInDays: 1 }), now: new Date(Date.now() - 2 * DAY_MS) });
    const theirs = await createMyApiToken({ user: colleague, input: input("admin") });
    const inSecond = await createMyApiToken({ user: await signedIn(userId, second.id), input: input("viewer", { name: "Second's" }) });

    const listed = await listMyApiTokens({ user });
    expect(listed.map((t) => [t.id, t.isExpired])).toEqual(expect.arrayContaining([[mine.data.id, false], [old.data.id, true]]));
    expect(listed).toHaveLength(2);
    for (const tokenId of [theirs.data.id, inSecond.data.id, crypto.randomUUID()]) {
      await expect(revokeMyApiToken({ user, tokenId })).rejects.toMatchObject({ status: 404 });
    }
    await revokeMyApiToken({ user, tokenId: mine.data.id });
    expect((await listMyApiTokens({ user })).map((t) => t.id)).toEqual([old.data.id]);
    await expect(revokeMyApiToken({ user, tokenId: mine.data.id })).rejects.toMatchObject({ status: 404 });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, mine.data.id)).orderBy(auditLog.action);
    expect(audit.map((row) => [row.action, row.organisationId])).toEqual([["create", organisationId], ["revoke", organisationId]]);
    expect(audit[1]?.before).toEqual(audit[0]?.after);
  });

  it("keep token events out of the overview's recent activity, which no token change invalidates", async () => {
    const { db, organisationId, user } = await person("viewer");
    const { data } = await createMyApiToken({ user, input: input("viewer") });
    await revokeMyApiToken({ user, tokenId: data.id });
    const overview = await loadOrganisationOverview(db, { organisationId });
    expect(overview.recentActivity).toEqual([]);
  });
});
