import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships } from "@/db/schema/identity";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { getUserWithMemberships } from "./auth";

const getDb = useTestDb();

describe("getUserWithMemberships", () => {
  it("returns the user with every organisation and role, ordered by organisation name", async () => {
    const db = await getDb();
    const zinc = await createTestOrganisation(db, "Zinc Holdings");
    const alpha = await createTestOrganisation(db, "Alpha Gold");
    const user = await createTestUser(db, { organisationId: zinc.id, role: "viewer" });
    await db.insert(memberships).values({ userId: user.id, organisationId: alpha.id, role: "admin" });

    const found = await getUserWithMemberships(db, { userId: user.id });
    expect(found?.email).toBe(user.email);
    expect(found?.isActive).toBe(true);
    expect(found?.memberships).toEqual([
      { organisationId: alpha.id, organisationName: "Alpha Gold", role: "admin" },
      { organisationId: zinc.id, organisationName: "Zinc Holdings", role: "viewer" },
    ]);
  });

  it("returns null for an unknown user", async () => {
    const db = await getDb();
    expect(await getUserWithMemberships(db, { userId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});

describe("getUserWithMemberships of a user without organisations", () => {
  it("returns the user with no memberships (the API then treats them as signed out)", async () => {
    const db = await getDb();
    const organisation = await createTestOrganisation(db);
    const user = await createTestUser(db, { organisationId: organisation.id, role: "viewer" });
    await db.delete(memberships).where(eq(memberships.userId, user.id));
    const found = await getUserWithMemberships(db, { userId: user.id });
    expect(found).toMatchObject({ id: user.id, email: user.email, isActive: true, memberships: [] });
  });
});
