import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";

const getDb = useTestDb();

describe("identity tables", () => {
  it("refuses an email that is not lower-case", async () => {
    const db = await getDb();
    await expect(
      db.insert(users).values({ email: "Mixed@Example.test", name: "M", passwordHash: "x" }),
    ).rejects.toThrow();
  });

  it("removes a user's memberships with the user", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db);
    const user = await createTestUser(db, { organisationId: org.id, role: "viewer" });
    await db.delete(users).where(eq(users.id, user.id));
    const rows = await db.query.memberships.findMany({ where: (m, { eq: equals }) => equals(m.userId, user.id) });
    expect(rows).toEqual([]);
  });
});
