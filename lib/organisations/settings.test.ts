import { beforeAll, describe, expect, it } from "vitest";
import { readIdentity, startIdentityNotifications } from "@/lib/auth/identity-memo";
import { createTestUser, useTestDb } from "@/tests/support/db";
import { auditRowsOf, createSomeone, organisationInput } from "@/tests/support/organisations-world";
import {
  createOrganisation,
  getNewProjectDefaults,
  getOrganisationSettings,
  updateOrganisationSettings,
} from "./index";

// An organisation's settings on a real database: audited changes with last-write-wins, members' remembered
// identities forgetting an old name at once, and the defaults new projects start with.

const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

const someone = async () => createSomeone(await getDb());
const input = organisationInput;
const auditOf = async (organisationId: string) => auditRowsOf(await getDb(), organisationId);

describe("an organisation's settings", () => {
  async function organisationWithAdmin() {
    const adminId = await someone();
    const organisation = await createOrganisation({
      userId: adminId,
      input: input("Settings Co", { defaultCurrency: "AUD", defaultDiscountRatePct: 7 }),
    });
    return { organisationId: organisation.id, adminId };
  }

  it("changes what is sent, keeps the rest, and audits exactly the values replaced", async () => {
    const { organisationId, adminId } = await organisationWithAdmin();
    const renamed = await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: { name: "Settings Co Renamed" },
    });
    expect(renamed).toMatchObject({
      name: "Settings Co Renamed",
      defaultCurrency: "AUD",
      defaultDiscountRatePct: 7,
    });
    // Last write wins: a second change made without having read the first one keeps the first one's name.
    const repriced = await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: { defaultCurrency: "EUR", defaultDiscountRatePct: 9.25 },
    });
    expect(repriced).toMatchObject({
      name: "Settings Co Renamed",
      defaultCurrency: "EUR",
      defaultDiscountRatePct: 9.25,
    });
    expect(await getOrganisationSettings({ organisationId })).toEqual(repriced);

    const updates = (await auditOf(organisationId)).filter((row) => row.action === "update");
    expect(updates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entityType: "organisation",
          userId: adminId,
          before: expect.objectContaining({ name: "Settings Co", defaultCurrency: "AUD" }),
          after: expect.objectContaining({ name: "Settings Co Renamed", defaultCurrency: "AUD" }),
        }),
        expect.objectContaining({
          before: expect.objectContaining({
            name: "Settings Co Renamed",
            defaultCurrency: "AUD",
            defaultDiscountRatePct: 7,
          }),
          after: expect.objectContaining({
            name: "Settings Co Renamed",
            defaultCurrency: "EUR",
            defaultDiscountRatePct: 9.25,
          }),
        }),
      ]),
    );
    expect(updates).toHaveLength(2);
  });

  it("applies parallel changes one after the other: each audit row's before is the previous one's after", async () => {
    const { organisationId, adminId } = await organisationWithAdmin();
    const rates = [1, 2, 3, 4];
    await Promise.all(
      rates.map((rate) =>
        updateOrganisationSettings({
          organisationId,
          actorUserId: adminId,
          changes: { defaultDiscountRatePct: rate },
        }),
      ),
    );
    const updates = (await auditOf(organisationId)).filter((row) => row.action === "update");
    const pairs = updates.map((row) => [
      row.before?.defaultDiscountRatePct,
      row.after?.defaultDiscountRatePct,
    ]);
    // A chain from 7 through every rate: no change was applied on top of a value it did not see.
    const starts = new Set(pairs.map(([before]) => before));
    const ends = new Set(pairs.map(([, after]) => after));
    expect([...starts].filter((rate) => !ends.has(rate))).toEqual([7]);
    expect([...ends].sort()).toEqual(rates);
    const final = (await getOrganisationSettings({ organisationId }))?.defaultDiscountRatePct;
    expect([...ends].filter((rate) => !starts.has(rate))).toEqual([final]);
  });

  it("makes every member's remembered identity show a new name at once", async () => {
    const db = await getDb();
    await startIdentityNotifications(db);
    const { organisationId, adminId } = await organisationWithAdmin();
    const memberId = (await createTestUser(db, { organisationId, role: "viewer" })).id;
    const names = async (userId: string) =>
      (await readIdentity(db, userId))?.memberships.map((m) => m.organisationName);
    expect(await names(memberId)).toEqual(["Settings Co"]);
    await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: { name: "Settings Co Renamed" },
    });
    expect(await names(memberId)).toEqual(["Settings Co Renamed"]);
    expect((await names(adminId))?.sort()).toEqual(["Settings Co Renamed", "Test Org"]);
  });

  it("writes and audits nothing when nothing changes", async () => {
    const { organisationId, adminId } = await organisationWithAdmin();
    await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: { defaultCurrency: "AUD" },
    });
    expect((await auditOf(organisationId)).filter((row) => row.action === "update")).toEqual([]);
  });

  it("answers undefined for an organisation that does not exist", async () => {
    const missing = crypto.randomUUID();
    expect(await getOrganisationSettings({ organisationId: missing })).toBeUndefined();
    expect(
      await updateOrganisationSettings({
        organisationId: missing,
        actorUserId: await someone(),
        changes: { name: "X" },
      }),
    ).toBeUndefined();
  });

  it("gives new projects the organisation's current default currency and discount rate", async () => {
    const { organisationId, adminId } = await organisationWithAdmin();
    expect(await getNewProjectDefaults({ organisationId })).toEqual({
      currency: "AUD",
      defaultDiscountRatePct: 7,
    });
    await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: { defaultCurrency: "ZAR", defaultDiscountRatePct: 11.5 },
    });
    expect(await getNewProjectDefaults({ organisationId })).toEqual({
      currency: "ZAR",
      defaultDiscountRatePct: 11.5,
    });
  });
});
