import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, memberships, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { lockOrganisationMembers, updateMembershipRole } from "@/db/queries/users";
import { removeMember, updateMember } from "./members";

// The last-admin rule in the users service, where no route's role check stands in front of it: a system action
// (no actor) and two admins acting on each other inside overlapping transactions.

const getDb = useTestDb();
// Open and migrate the database under the hook timeout, not inside the first test (PGlite takes seconds on a busy host).
beforeAll(async () => {
  await getDb();
});

async function organisationWithAdmins(adminCount: number) {
  const db = await getDb();
  const organisation = await createTestOrganisation(db);
  const adminIds: string[] = [];
  for (let index = 0; index < adminCount; index += 1) {
    adminIds.push((await createTestUser(db, { organisationId: organisation.id, role: "admin" })).id);
  }
  return { db, organisationId: organisation.id, adminIds };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return String(error.code);
    throw error;
  }
}

async function activeAdminCount(organisationId: string): Promise<number> {
  const db = await getDb();
  const rows = await db
    .select({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "admin"), eq(users.isActive, true)));
  return rows.length;
}

describe("the last active admin", () => {
  it("cannot be demoted, deactivated or removed, and nothing is written", async () => {
    const { db, organisationId, adminIds } = await organisationWithAdmins(1);
    const [userId = ""] = adminIds;
    const scope = { organisationId, actorUserId: null, userId };
    expect(await codeOf(updateMember({ ...scope, changes: { role: "viewer" } }))).toBe("LAST_ADMIN");
    expect(await codeOf(updateMember({ ...scope, changes: { isActive: false } }))).toBe("LAST_ADMIN");
    expect(await codeOf(removeMember(scope))).toBe("LAST_ADMIN");
    expect(await activeAdminCount(organisationId)).toBe(1);
    expect(await db.select().from(auditLog).where(eq(auditLog.organisationId, organisationId))).toEqual([]);
  });

  it("survives two admins demoting each other in overlapping transactions: exactly one change wins", async () => {
    const { db, organisationId, adminIds } = await organisationWithAdmins(2);
    const [first = "", second = ""] = adminIds;
    let secondChange: Promise<string> | undefined;
    // The first admin's demotion of the second, as updateMember writes it: the organisation's member-write lock,
    // then the role change, in a transaction the test holds open.
    await db.transaction(async (tx) => {
      await lockOrganisationMembers(tx, { organisationId });
      await updateMembershipRole(tx, { organisationId, userId: second, role: "analyst" });
      // Still uncommitted: the other admin's removal starts now, in its own transaction (another connection on
      // PostgreSQL) and must wait for this one instead of counting `second` as an admin from its snapshot.
      secondChange = codeOf(removeMember({ organisationId, actorUserId: second, userId: first }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await secondChange).toBe("LAST_ADMIN");
    expect(await activeAdminCount(organisationId)).toBe(1);
  });

  it("may go once another active admin exists", async () => {
    const { organisationId, adminIds } = await organisationWithAdmins(2);
    const [first = "", second = ""] = adminIds;
    const member = await updateMember({ organisationId, actorUserId: first, userId: second, changes: { role: "project_manager" } });
    expect(member?.role).toBe("project_manager");
    expect(await codeOf(removeMember({ organisationId, actorUserId: null, userId: first }))).toBe("LAST_ADMIN");
  });
});
