import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { memberships, users } from "@/db/schema/identity";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { notifyIdentityChanged, readIdentity, startIdentityNotifications } from "./identity-memo";

// Accounts and memberships are remembered per process and forgotten through PostgreSQL NOTIFY, which reaches
// every app instance at commit. A write here stands for one made by ANOTHER instance: it notifies but does not
// call this process's forgetIdentity.
const getDb = useTestDb();

async function rememberedUser() {
  const db = await getDb();
  await startIdentityNotifications(db);
  const organisation = await createTestOrganisation(db);
  const user = await createTestUser(db, { organisationId: organisation.id, role: "analyst" });
  expect((await readIdentity(db, user.id))?.isActive).toBe(true);
  return { db, user, organisation };
}

describe("remembered identities", () => {
  it("are read again once another instance's change is notified", async () => {
    const { db, user, organisation } = await rememberedUser();
    await db.transaction(async (tx) => {
      await tx.update(users).set({ isActive: false }).where(eq(users.id, user.id));
      await tx.update(memberships).set({ role: "viewer" }).where(eq(memberships.userId, user.id));
      await notifyIdentityChanged(tx, user.id);
    });
    await vi.waitFor(async () => expect((await readIdentity(db, user.id))?.isActive).toBe(false), { timeout: 5_000, interval: 10 });
    expect((await readIdentity(db, user.id))?.memberships).toEqual([
      { organisationId: organisation.id, organisationName: "Test Org", role: "viewer" },
    ]);
  });

  it("are not re-read per request: a change that skips the notification is not seen", async () => {
    const { db, user } = await rememberedUser();
    await db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect((await readIdentity(db, user.id))?.isActive).toBe(true);
  });

  // The embedded database has no connection to lose: this runs on PostgreSQL only.
  it.skipIf(!process.env.CALMINER_TEST_DATABASE_URL)("are all forgotten when the subscription is re-established (notifications may have been lost)", async () => {
    const { db, user } = await rememberedUser();
    await db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    await db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'listen %' AND pid <> pg_backend_pid()`);
    await vi.waitFor(async () => expect((await readIdentity(db, user.id))?.isActive).toBe(false), { timeout: 10_000, interval: 50 });
  });
});
