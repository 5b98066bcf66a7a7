import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertMembership } from "@/db/queries/users";
import { auditLog } from "@/db/schema";
import { loadOrganisationOverview } from "@/lib/dashboards/overview";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { GET, PATCH } from "./route";

// The number-format preference (issue #15) through the real routes: stored on the account, shown by GET /api/me at
// once (the remembered identity is forgotten), audited as an account event in each of the person's organisations.
const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

type MeBody = { user: { id: string; numberFormat: string | null } };

async function personInTwoOrganisations() {
  const db = await getDb();
  const first = await createTestOrganisation(db);
  const second = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: first.id, role: "viewer" });
  await insertMembership(db, { organisationId: second.id, userId: user.id, role: "analyst" });
  return { user, cookie: await sessionCookieFor(user.id), organisationIds: [first.id, second.id] };
}

async function preferenceEvents(userId: string) {
  const db = await getDb();
  return db
    .select({ organisationId: auditLog.organisationId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, userId), eq(auditLog.action, "preference_change")));
}

const readMe = async (cookie: string) => ((await callRoute(GET, "GET", "/api/me", { cookie })).body as MeBody).user;

describe("/api/me number format", () => {
  it("starts as null (follow the browser), is set to comma, and GET shows it at once", async () => {
    const { cookie } = await personInTwoOrganisations();
    expect((await readMe(cookie)).numberFormat).toBeNull();
    const res = await callRoute(PATCH, "PATCH", "/api/me", { cookie, body: { numberFormat: "comma" } });
    expect(res.status).toBe(200);
    expect((res.body as MeBody).user.numberFormat).toBe("comma");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect((await readMe(cookie)).numberFormat).toBe("comma");
  });

  it("audits a change in every organisation of the person, and a repeat of the same value not at all", async () => {
    const { user, cookie, organisationIds } = await personInTwoOrganisations();
    await callRoute(PATCH, "PATCH", "/api/me", { cookie, body: { numberFormat: "point" } });
    await callRoute(PATCH, "PATCH", "/api/me", { cookie, body: { numberFormat: "point" } });
    const events = await preferenceEvents(user.id);
    expect(events.map((event) => event.organisationId).toSorted()).toEqual(organisationIds.toSorted());
    expect(events[0]).toMatchObject({ before: { numberFormat: null }, after: { numberFormat: "point" } });
    // An account event, not a change to the organisation's data: the overview's activity leaves it out (and so no
    // dashboard can be stale after it: NOT_MUTATIONS in tests/support/mutation-cases).
    const overview = await loadOrganisationOverview(await getDb(), { organisationId: organisationIds[0] ?? "" });
    expect(overview.recentActivity).toEqual([]);
  });

  it("goes back to following the browser with null", async () => {
    const { cookie } = await personInTwoOrganisations();
    await callRoute(PATCH, "PATCH", "/api/me", { cookie, body: { numberFormat: "comma" } });
    const res = await callRoute(PATCH, "PATCH", "/api/me", { cookie, body: { numberFormat: null } });
    expect((res.body as MeBody).user.numberFormat).toBeNull();
    expect((await readMe(cookie)).numberFormat).toBeNull();
  });

  it("refuses an unknown format with a field error and changes nothing", async () => {
    const { user, cookie } = await personInTwoOrganisations();
    const res = await callRoute(PATCH, "PATCH", "/api/me", { cookie, body: { numberFormat: "semicolon" } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("numberFormat");
    expect((await readMe(cookie)).numberFormat).toBeNull();
    expect(await preferenceEvents(user.id)).toHaveLength(0);
  });

  it("is 401 signed out", async () => {
    const res = await callRoute(PATCH, "PATCH", "/api/me", { body: { numberFormat: "comma" } });
    expect(res.status).toBe(401);
  });
});
