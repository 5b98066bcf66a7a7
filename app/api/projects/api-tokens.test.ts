import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { memberships, users } from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { apiTokenFor, bearer, type TestTokenOptions } from "@/tests/support/bearer";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { countWrites, insertProject, uniqueName } from "@/tests/support/scenario-api";
import * as itemRoute from "./[projectId]/route";
import * as listRoute from "./route";

// The projects API with API tokens, beyond the role matrix (route.test.ts runs it with tokens too): a token acts
// with the lower of its role and its owner's current one, in its own organisation only, and a token that is not
// live is 401 whatever else the request carries.
const getDb = useTestDb();
let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const newProject = () => ({ name: uniqueName("Token Mine"), location: "Atacama", operationType: "open_pit", primaryCommodity: "Copper", currency: "USD", defaultDiscountRatePct: 8 });

async function memberWithToken(role: Role, token: TestTokenOptions = {}) {
  const organisation = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: organisation.id, role });
  const headers = bearer(await apiTokenFor(db, user.id, organisation.id, token));
  return { organisationId: organisation.id, userId: user.id, headers };
}

const createProject = (headers: Record<string, string>) => callRoute(listRoute.POST, "POST", "/api/projects", { headers, body: newProject() });

describe("the projects API with an API token", () => {
  it("gives a project manager's analyst token analyst rights only, while their cookie keeps its own", async () => {
    const { organisationId, userId, headers } = await memberWithToken("project_manager", { role: "analyst" });
    const project = await insertProject(db, organisationId);
    expect((await callRoute(listRoute.GET, "GET", "/api/projects", { headers })).status).toBe(200);
    expect((await callRoute(itemRoute.GET, "GET", "/x", { headers, params: { projectId: project.id } })).status).toBe(200);
    const before = await countWrites(db, organisationId);
    expect(await createProject(headers)).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    const patch = await callRoute(itemRoute.PATCH, "PATCH", "/x", { headers, params: { projectId: project.id }, body: { version: 1, location: "Elsewhere" } });
    expect(patch.status).toBe(403);
    expect((await callRoute(itemRoute.DELETE, "DELETE", "/x", { headers, params: { projectId: project.id } })).status).toBe(403);
    expect(await countWrites(db, organisationId)).toEqual(before);
    const cookie = await sessionCookieFor(userId);
    expect((await callRoute(listRoute.POST, "POST", "/api/projects", { cookie, body: newProject() })).status).toBe(201);
  });

  it("loses rights on the next request when its owner's membership is downgraded, and all of them when it is removed", async () => {
    const { organisationId, userId, headers } = await memberWithToken("admin", { role: "admin" });
    expect((await createProject(headers)).status).toBe(201);
    const membership = and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId));
    await db.update(memberships).set({ role: "viewer" }).where(membership);
    expect((await createProject(headers)).status).toBe(403);
    expect((await callRoute(listRoute.GET, "GET", "/api/projects", { headers })).status).toBe(200);
    await db.delete(memberships).where(membership);
    expect((await callRoute(listRoute.GET, "GET", "/api/projects", { headers })).status).toBe(401);
  });

  it("answers 404 for another organisation's records, even one its owner belongs to, and lists only its own", async () => {
    const a = await memberWithToken("admin", { role: "admin" });
    const b = await createTestOrganisation(db, "Organisation B");
    await db.insert(memberships).values({ userId: a.userId, organisationId: b.id, role: "admin" });
    const foreign = await insertProject(db, b.id);
    const before = await countWrites(db, b.id);
    const params = { projectId: foreign.id };
    expect(await callRoute(itemRoute.GET, "GET", "/x", { headers: a.headers, params })).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    expect((await callRoute(itemRoute.PATCH, "PATCH", "/x", { headers: a.headers, params, body: { version: 1, name: "Taken over" } })).status).toBe(404);
    expect((await callRoute(itemRoute.DELETE, "DELETE", "/x", { headers: a.headers, params })).status).toBe(404);
    expect(await countWrites(db, b.id)).toEqual(before);
    const list = await callRoute(listRoute.GET, "GET", "/api/projects?pageSize=100", { headers: a.headers, cookie: `calminer-organisation=${b.id}` });
    expect(JSON.stringify(list.body)).not.toContain(foreign.id);
    // The same person's cookie, with B active, reaches it: the 404 is the token's scope, not the record.
    const cookie = await sessionCookieFor(a.userId, b.id);
    expect((await callRoute(itemRoute.GET, "GET", "/x", { cookie, params })).status).toBe(200);
  });

  it("is 401 when revoked, expired, unknown or its owner is deactivated, even beside a live cookie", async () => {
    const revoked = await memberWithToken("admin", { isRevoked: true });
    const expired = await memberWithToken("admin", { expiresAt: new Date(Date.now() - 1000) });
    const unknown = { headers: bearer(`cmt_${"x".repeat(43)}`) };
    const deactivated = await memberWithToken("admin");
    await db.update(users).set({ isActive: false }).where(eq(users.id, deactivated.userId));
    for (const { headers } of [revoked, expired, unknown, deactivated]) {
      const res = await callRoute(listRoute.GET, "GET", "/api/projects", { headers });
      expect(res).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    }
    const cookie = await sessionCookieFor(revoked.userId);
    expect((await callRoute(listRoute.GET, "GET", "/api/projects", { cookie })).status).toBe(200);
    expect((await callRoute(listRoute.GET, "GET", "/api/projects", { cookie, headers: revoked.headers })).status).toBe(401);
  });
});
