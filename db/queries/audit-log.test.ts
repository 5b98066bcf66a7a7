import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, memberships } from "@/db/schema";
import type { AuditAction } from "@/lib/domain/audit";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { listAuditLog, listAuditLogBatch, listAuditPeople, type AuditLogCursor, type AuditLogFilterInput } from "./audit-log";

const getDb = useTestDb();

type Row = { organisationId: string; userId?: string | null; action?: AuditAction; entityType?: string; entityId?: string | null; at: string; after?: Record<string, unknown> };

/** Inserts rows with chosen timestamps (PostgreSQL text, so microseconds can be set) and returns their ids. */
async function insertRows(db: Db, rows: readonly Row[]): Promise<string[]> {
  const inserted = await db
    .insert(auditLog)
    .values(
      rows.map((row) => ({
        organisationId: row.organisationId,
        userId: row.userId ?? null,
        action: row.action ?? "update",
        entityType: row.entityType ?? "project",
        entityId: row.entityId ?? null,
        after: row.after ?? null,
        createdAt: sql`${row.at}::timestamptz`,
      })),
    )
    .returning({ id: auditLog.id });
  return inserted.map((row) => row.id);
}

/** Two organisations and a person who belongs to both, so a user id alone can never scope a read. */
async function twoOrganisations(db: Db) {
  const home = await createTestOrganisation(db, "Home Org");
  const other = await createTestOrganisation(db, "Other Org");
  const admin = await createTestUser(db, { organisationId: home.id, role: "admin" });
  const outsider = await createTestUser(db, { organisationId: other.id, role: "admin" });
  const shared = await createTestUser(db, { organisationId: home.id, role: "analyst" });
  await db.insert(memberships).values({ userId: shared.id, organisationId: other.id, role: "admin" });
  return { home: home.id, other: other.id, admin: admin.id, outsider: outsider.id, shared: shared.id };
}

async function listAll(db: Db, organisationId: string, filter: AuditLogFilterInput = {}) {
  return listAuditLog(db, { organisationId, filter, page: 1, pageSize: 100 });
}

describe("listAuditLog", () => {
  it("reads only the organisation's rows, whatever person is asked for", async () => {
    const db = await getDb();
    const w = await twoOrganisations(db);
    const [own] = await insertRows(db, [{ organisationId: w.home, userId: w.shared, at: "2026-03-01T10:00:00Z" }]);
    await insertRows(db, [
      { organisationId: w.other, userId: w.shared, at: "2026-03-01T11:00:00Z" },
      { organisationId: w.other, userId: w.outsider, at: "2026-03-01T12:00:00Z" },
    ]);
    expect((await listAll(db, w.home)).rows.map((row) => row.id)).toEqual([own]);
    // The shared person's rows in the other organisation stay there; the outsider's id finds nothing here.
    expect((await listAll(db, w.home, { userId: w.shared })).rows.map((row) => row.id)).toEqual([own]);
    expect(await listAll(db, w.home, { userId: w.outsider })).toEqual({ rows: [], total: 0 });
  });

  it("filters by person, kind of record and action, with the actor and the account named", async () => {
    const db = await getDb();
    const w = await twoOrganisations(db);
    const [roleChange, projectEdit, failed] = await insertRows(db, [
      { organisationId: w.home, userId: w.admin, action: "role_change", entityType: "membership", entityId: w.shared, at: "2026-03-01T10:00:00Z" },
      { organisationId: w.home, userId: w.shared, action: "update", entityType: "project", at: "2026-03-01T11:00:00Z" },
      { organisationId: w.home, userId: null, action: "sign_in_failed", entityType: "user", entityId: w.admin, at: "2026-03-01T12:00:00Z" },
    ]);
    const byAdmin = await listAll(db, w.home, { userId: w.admin });
    expect(byAdmin.rows).toEqual([
      expect.objectContaining({ id: roleChange, actorName: "Test admin", actorEmail: expect.stringMatching(/@example\.test$/), subjectName: "Test analyst" }),
    ]);
    expect((await listAll(db, w.home, { entityType: "project" })).rows.map((row) => row.id)).toEqual([projectEdit]);
    const failures = await listAll(db, w.home, { action: "sign_in_failed" });
    expect(failures.rows).toEqual([expect.objectContaining({ id: failed, userId: null, actorName: null, subjectName: "Test admin" })]);
    expect((await listAll(db, w.home, { entityType: "user", action: "update" })).total).toBe(0);
  });

  it("takes from and to as whole UTC days, both included", async () => {
    const db = await getDb();
    const w = await twoOrganisations(db);
    const [, first, last] = await insertRows(db, [
      { organisationId: w.home, at: "2026-02-28T23:59:59.999999Z" },
      { organisationId: w.home, at: "2026-03-01T00:00:00Z" },
      { organisationId: w.home, at: "2026-03-01T23:59:59.999Z" },
      { organisationId: w.home, at: "2026-03-02T00:00:00Z" },
    ]);
    const oneDay = await listAll(db, w.home, { from: "2026-03-01", to: "2026-03-01" });
    expect(oneDay.rows.map((row) => row.id)).toEqual([last, first]);
    expect((await listAll(db, w.home, { from: "2026-03-02" })).total).toBe(1);
    expect((await listAll(db, w.home, { to: "2026-02-28" })).total).toBe(1);
  });

  it("pages newest first with a stable order for rows of one instant, and counts every match", async () => {
    const db = await getDb();
    const w = await twoOrganisations(db);
    const times = ["2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z", "2026-03-02T10:00:00Z", "2026-03-03T10:00:00Z"];
    await insertRows(db, times.map((at) => ({ organisationId: w.home, at })));
    const pages = await Promise.all([1, 2, 3].map((page) => listAuditLog(db, { organisationId: w.home, filter: {}, page, pageSize: 2 })));
    expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
    expect(pages.map((page) => page.rows.length)).toEqual([2, 2, 1]);
    const ids = pages.flatMap((page) => page.rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(5);
    expect(ids).toEqual((await listAll(db, w.home)).rows.map((row) => row.id));
    expect(pages[0]?.rows.map((row) => row.createdAt.toISOString())).toEqual(["2026-03-03T10:00:00.000Z", "2026-03-02T10:00:00.000Z"]);
  });
});

describe("listAuditLogBatch", () => {
  it("walks the filtered log in keyset batches: every row once, in page order, even rows a microsecond apart", async () => {
    const db = await getDb();
    const w = await twoOrganisations(db);
    // Seven rows in one millisecond (a JS Date cannot tell them apart), three at one instant, one filtered out.
    const times = [1, 2, 3, 4, 5, 6, 7].map((micro) => `2026-03-01T10:00:00.00000${micro}Z`);
    await insertRows(db, [...times, ...Array(3).fill("2026-03-01T09:00:00Z")].map((at) => ({ organisationId: w.home, userId: w.shared, at })));
    await insertRows(db, [
      { organisationId: w.home, userId: w.admin, at: "2026-03-01T10:00:00.000004Z" },
      { organisationId: w.other, userId: w.shared, at: "2026-03-01T10:00:00.000004Z" },
    ]);
    const filter = { userId: w.shared };
    const seen: string[] = [];
    let cursor: AuditLogCursor | undefined;
    let batches = 0;
    do {
      const batch = await listAuditLogBatch(db, { organisationId: w.home, filter, cursor, limit: 3 });
      seen.push(...batch.rows.map((row) => row.id));
      cursor = batch.next;
      batches += 1;
    } while (cursor && batches < 20);
    expect(seen).toEqual((await listAll(db, w.home, filter)).rows.map((row) => row.id));
    expect(seen).toHaveLength(10);
    expect(batches).toBe(4);
  });
});

describe("listAuditPeople", () => {
  it("lists the organisation's members only", async () => {
    const db = await getDb();
    const w = await twoOrganisations(db);
    const people = await listAuditPeople(db, { organisationId: w.home });
    expect(people.map((person) => person.id).sort()).toEqual([w.admin, w.shared].sort());
  });
});
