import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { recordAudit, type AuditEntry } from "@/db/queries/audit";
import { listAuditLogContract } from "@/lib/http/contracts/audit";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { CALLERS, createWorld, type Caller, type World } from "@/tests/support/users-world";
import { GET as GET_CSV } from "../audit.csv/route";
import { GET } from "./route";

// The audit log routes: admins of the organisation only (404 to a stranger, 403 below admin, 401 signed out), its
// rows only, filtered as asked, secrets never shown.

const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

type Entry = { id: string; actorKind: string; actor: { id: string; name: string } | null; action: string; entityType: string; recordName: string | null; changes: unknown[] };
type PageBody = { data: Entry[]; page: number; pageSize: number; total: number };

const EXPECTED_STATUS: Record<Caller, number> = {
  anonymous: 401,
  viewer: 403,
  analyst: 403,
  project_manager: 403,
  admin: 200,
  foreign_admin: 404,
};

/** A little history in both organisations, the foreign admin active in their own. */
async function seedHistory(db: Db, world: World): Promise<void> {
  const own = (entry: Omit<AuditEntry, "organisationId">): AuditEntry => ({ organisationId: world.organisationId, ...entry });
  await recordAudit(db, [
    own({ userId: world.userIds.admin, action: "role_change", entityType: "membership", entityId: world.target.id, before: { role: "viewer" }, after: { role: "analyst" } }),
    own({ userId: world.userIds.project_manager, action: "update", entityType: "project", entityId: crypto.randomUUID(), before: { name: "Pit A" }, after: { name: "Pit B" } }),
    own({ userId: null, action: "sign_in_failed", entityType: "user", entityId: world.userIds.admin, after: { clientAddress: "203.0.113.9" } }),
    own({ userId: null, action: "create", entityType: "user", entityId: world.target.id, after: { name: "Seeded", passwordHash: "$argon2id$v=19$leak", nested: { resetToken: "tok_leak" } } }),
  ]);
  await recordAudit(db, { organisationId: world.foreignOrganisationId, userId: world.foreignAdminId, action: "update", entityType: "project", entityId: null, after: { name: "Foreign" } });
}

async function asAdmin() {
  const db = await getDb();
  const world = await createWorld(db);
  await seedHistory(db, world);
  const cookie = await world.cookieOf("admin");
  const list = (query = "") => callRoute(GET, "GET", `/x${query}`, { params: { organisationId: world.organisationId }, cookie });
  return { world, list };
}

describe("who may read the audit log", () => {
  it.each(CALLERS)("GET …/audit and …/audit.csv as %s", async (caller) => {
    const db = await getDb();
    const world = await createWorld(db);
    const cookie = await world.cookieOf(caller);
    const params = { organisationId: world.organisationId };
    const json = await callRoute(GET, "GET", "/x", { params, cookie });
    expect(json.status).toBe(EXPECTED_STATUS[caller]);
    const request = new Request("http://localhost:3000/x", { headers: cookie ? { cookie } : {} });
    const csv = await GET_CSV(request, { params: Promise.resolve(params) });
    expect(csv.status).toBe(EXPECTED_STATUS[caller]);
    if (csv.status !== 200) expect(await csv.json()).toMatchObject({ error: { code: expect.any(String) } });
    else await csv.body?.cancel();
  });
});

describe("GET /api/organisations/{organisationId}/audit", () => {
  it("answers the organisation's entries newest first, in the documented shape, with who and what changed", async () => {
    const { list } = await asAdmin();
    const res = await list();
    expect(res.status).toBe(200);
    const body = listAuditLogContract.responses[200]?.schema?.parse(res.body) as PageBody;
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: 4 });
    const byAction = Object.fromEntries(body.data.map((entry) => [`${entry.action}:${entry.entityType}`, entry]));
    expect(byAction["update:project"]).toMatchObject({ actorKind: "person", recordName: "Pit B", changes: [{ field: "name", kind: "changed", before: "Pit A", after: "Pit B" }] });
    expect(byAction["sign_in_failed:user"]).toMatchObject({ actorKind: "unknown", actor: null, recordName: "Test admin" });
    expect(byAction["create:user"]).toMatchObject({ actorKind: "system", actor: null });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2id|tok_leak|Foreign/);
  });

  it("filters by person, kind, action and days, and never finds another organisation's rows by its person's id", async () => {
    const { world, list } = await asAdmin();
    const byPerson = (await list(`?userId=${world.userIds.admin}`)).body as PageBody;
    expect(byPerson.data.map((entry) => entry.action)).toEqual(["role_change"]);
    expect(((await list("?entityType=project")).body as PageBody).data.map((entry) => entry.actor?.id)).toEqual([world.userIds.project_manager]);
    expect(((await list("?action=sign_in_failed")).body as PageBody).total).toBe(1);
    expect(((await list(`?userId=${world.foreignAdminId}`)).body as PageBody).total).toBe(0);
    expect(((await list("?from=2000-01-01&to=2000-12-31")).body as PageBody).total).toBe(0);
    expect(((await list("?pageSize=2&page=2")).body as PageBody).data).toHaveLength(2);
  });

  it.each([
    ["?entityType=spaceship", "entityType"],
    ["?action=fly", "action"],
    ["?userId=not-a-uuid", "userId"],
    ["?from=2026-13-01", "from"],
    ["?from=2026-03-02&to=2026-03-01", "to"],
    ["?pageSize=101", "pageSize"],
  ])("refuses %s with 400 naming %s", async (query, field) => {
    const { list } = await asAdmin();
    const res = await list(query);
    expect(res).toMatchObject({ status: 400, body: { error: { fieldErrors: { [field]: [expect.any(String)] } } } });
  });
});
