import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, memberships, users } from "@/db/schema";
import { hashSecret } from "@/lib/auth/secret-tokens";
import { sessionCookieFor } from "@/tests/support/api";
import { apiTokenFor } from "@/tests/support/bearer";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { readBearerToken, resolveApiToken } from "./api-tokens";
import { getApiUser } from "./api-user";

// How a presented API token becomes the caller: only a live token of an active member counts, it acts in its own
// organisation alone, with the lower of its role and the owner's current role, and a bad token is never rescued by
// a cookie sent beside it.
const getDb = useTestDb();
const DAY_MS = 86_400_000;

async function member(role: "viewer" | "analyst" | "project_manager" | "admin") {
  const db = await getDb();
  const organisation = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: organisation.id, role });
  return { db, organisationId: organisation.id, userId: user.id };
}

function requestWith(headers: Record<string, string>): Request {
  return new Request("http://localhost:3000/api/me", { headers });
}

describe("readBearerToken", () => {
  it("reads a Bearer credential and ignores other schemes, so a proxy's Basic authentication leaves the cookie in charge", () => {
    expect(readBearerToken(requestWith({}))).toBeUndefined();
    expect(readBearerToken(requestWith({ authorization: "Basic dXNlcjpwYXNz" }))).toBeUndefined();
    expect(readBearerToken(requestWith({ authorization: "Bearer cmt_abc" }))).toBe("cmt_abc");
    expect(readBearerToken(requestWith({ authorization: "bearer   cmt_abc " }))).toBe("cmt_abc");
    expect(readBearerToken(requestWith({ authorization: "Bearer" }))).toBe("");
  });
});

describe("resolveApiToken", () => {
  it("acts in the token's organisation only, with no session, and the lower of the token's and the member's role", async () => {
    const { db, organisationId, userId } = await member("project_manager");
    const other = await createTestOrganisation(db, "Other");
    await db.insert(memberships).values({ userId, organisationId: other.id, role: "admin" });
    const user = await resolveApiToken(db, await apiTokenFor(db, userId, organisationId, { role: "analyst" }));
    expect(user).toMatchObject({ id: userId, sessionId: null, activeOrganisation: { id: organisationId, role: "analyst" } });
    expect(user?.memberships).toEqual([{ organisationId, organisationName: "Test Org", role: "analyst" }]);
    expect(user?.apiTokenId).toEqual(expect.any(String));
    const capped = await resolveApiToken(db, await apiTokenFor(db, userId, organisationId, { role: "admin" }));
    expect(capped?.activeOrganisation.role).toBe("project_manager");
  });

  it("follows the member's current role: a downgrade lowers the token at once, a removal refuses it", async () => {
    const { db, organisationId, userId } = await member("admin");
    const token = await apiTokenFor(db, userId, organisationId, { role: "admin" });
    expect((await resolveApiToken(db, token))?.activeOrganisation.role).toBe("admin");
    const ofUser = and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId));
    await db.update(memberships).set({ role: "viewer" }).where(ofUser);
    expect((await resolveApiToken(db, token))?.activeOrganisation.role).toBe("viewer");
    await db.delete(memberships).where(ofUser);
    expect(await resolveApiToken(db, token)).toBeNull();
  });

  it("refuses revoked, expired, unknown and malformed tokens, and a deactivated owner's", async () => {
    const { db, organisationId, userId } = await member("analyst");
    expect(await resolveApiToken(db, await apiTokenFor(db, userId, organisationId, { isRevoked: true }))).toBeNull();
    expect(await resolveApiToken(db, await apiTokenFor(db, userId, organisationId, { expiresAt: new Date(Date.now() - 1000) }))).toBeNull();
    expect(await resolveApiToken(db, `cmt_${"A".repeat(43)}`)).toBeNull();
    expect(await resolveApiToken(db, "not-a-token")).toBeNull();
    const token = await apiTokenFor(db, userId, organisationId);
    expect(await resolveApiToken(db, token)).not.toBeNull();
    await db.update(users).set({ isActive: false }).where(eq(users.id, userId));
    expect(await resolveApiToken(db, token)).toBeNull();
  });

  it("expires at its expiry time, whatever else is true", async () => {
    const { db, organisationId, userId } = await member("viewer");
    const expiresAt = new Date(Date.now() + DAY_MS);
    const token = await apiTokenFor(db, userId, organisationId, { expiresAt });
    expect(await resolveApiToken(db, token, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await resolveApiToken(db, token, expiresAt)).toBeNull();
  });

  it("records the last use at most once a minute", async () => {
    const { db, organisationId, userId } = await member("viewer");
    const token = await apiTokenFor(db, userId, organisationId);
    const lastUsed = async () => (await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.tokenHash, hashSecret(token))))[0]?.at;
    expect(await lastUsed()).toBeNull();
    const first = new Date(Date.now() + 1000);
    await resolveApiToken(db, token, first);
    expect(await lastUsed()).toEqual(first);
    await resolveApiToken(db, token, new Date(first.getTime() + 30_000));
    expect(await lastUsed()).toEqual(first);
    const later = new Date(first.getTime() + 61_000);
    await resolveApiToken(db, token, later);
    expect(await lastUsed()).toEqual(later);
  });
});

describe("getApiUser with a token", () => {
  it("judges a request with a Bearer header by its token alone: a bad one is refused even beside a live cookie", async () => {
    const { db, organisationId, userId } = await member("analyst");
    const cookie = await sessionCookieFor(userId);
    expect((await getApiUser(requestWith({ cookie })))?.sessionId).toEqual(expect.any(String));
    const revoked = await apiTokenFor(db, userId, organisationId, { isRevoked: true });
    expect(await getApiUser(requestWith({ cookie, authorization: `Bearer ${revoked}` }))).toBeNull();
    expect(await getApiUser(requestWith({ cookie, authorization: "Bearer" }))).toBeNull();
    expect((await getApiUser(requestWith({ cookie, authorization: "Basic dXNlcjpwYXNz" })))?.id).toBe(userId);
    const live = await apiTokenFor(db, userId, organisationId);
    expect(await getApiUser(requestWith({ authorization: `Bearer ${live}` }))).toMatchObject({ id: userId, sessionId: null });
  });
});
