import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, organisations } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import {
  CALLERS,
  createWorld,
  snapshotOrganisation,
  type Caller,
  type World,
} from "@/tests/support/users-world";
import { GET, PATCH } from "./route";

// GET and PATCH /api/organisations/{organisationId} × every kind of caller: members read the settings, only admins
// change them, a stranger learns nothing (404) and a refused request writes nothing.

const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

const NEW_SETTINGS = { name: "Renamed By The Matrix", defaultCurrency: "EUR", defaultDiscountRatePct: 6 };

function getStatus(caller: Caller): number {
  if (caller === "anonymous") return 401;
  return caller === "foreign_admin" ? 404 : 200;
}

function patchStatus(caller: Caller): number {
  if (caller === "anonymous") return 401;
  if (caller === "foreign_admin") return 404;
  return caller === "admin" ? 200 : 403;
}

/** The organisation row and its audit rows: equal before and after a refused request means nothing was written. */
async function snapshot(world: World): Promise<unknown> {
  const db = await getDb();
  const [row] = await db.select().from(organisations).where(eq(organisations.id, world.organisationId));
  const audit = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(eq(auditLog.organisationId, world.organisationId));
  return { row, audit: audit.length, members: await snapshotOrganisation(db, world.organisationId) };
}

describe("the organisation routes' role matrix", () => {
  for (const caller of CALLERS) {
    const status = getStatus(caller);
    it(`GET as ${caller} → ${status}`, async () => {
      const world = await createWorld(await getDb());
      const answer = await callRoute(GET, "GET", "/x", {
        cookie: await world.cookieOf(caller),
        params: { organisationId: world.organisationId },
      });
      expect(answer.status).toBe(status);
      if (status === 200) {
        expect(answer.body).toMatchObject({
          data: {
            id: world.organisationId,
            name: "Members Org",
            defaultCurrency: "USD",
            defaultDiscountRatePct: 8,
            disclosureRatesPct: [0, 5, 8, 10],
            sensitivityStepsPct: [-30, -20, -10, 10, 20, 30],
          },
        });
      }
    });
  }

  for (const caller of CALLERS) {
    const status = patchStatus(caller);
    it(`PATCH as ${caller} → ${status}${status >= 400 ? ", writing nothing" : ""}`, async () => {
      const world = await createWorld(await getDb());
      const before = await snapshot(world);
      const cookie = await world.cookieOf(caller);
      const answer = await callRoute(PATCH, "PATCH", "/x", {
        cookie,
        params: { organisationId: world.organisationId },
        body: NEW_SETTINGS,
      });
      expect(answer.status).toBe(status);
      if (status >= 400) {
        expect(answer.body).toMatchObject({
          error: { code: expect.any(String), message: expect.any(String) },
        });
        expect(await snapshot(world)).toEqual(before);
      } else {
        expect(answer.body).toMatchObject({ data: NEW_SETTINGS });
      }
    });
  }
});

describe("PATCH /api/organisations/{organisationId}", () => {
  it("answers 400 with field errors for bad settings, and for an empty change", async () => {
    const world = await createWorld(await getDb());
    const cookie = await world.cookieOf("admin");
    const params = { organisationId: world.organisationId };
    const bad = await callRoute(PATCH, "PATCH", "/x", {
      cookie,
      params,
      body: { name: "", defaultCurrency: "12A", defaultDiscountRatePct: -1 },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { error: { fieldErrors: object } }).error.fieldErrors).sort()).toEqual([
      "defaultCurrency",
      "defaultDiscountRatePct",
      "name",
    ]);
    const empty = await callRoute(PATCH, "PATCH", "/x", { cookie, params, body: {} });
    expect(empty.status).toBe(400);
  });

  it("changes the valuation preferences, stored ascending", async () => {
    const world = await createWorld(await getDb());
    const answer = await callRoute(PATCH, "PATCH", "/x", {
      cookie: await world.cookieOf("admin"),
      params: { organisationId: world.organisationId },
      body: { disclosureRatesPct: [10, 7.5, 0], sensitivityStepsPct: [25, -25] },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      data: { defaultDiscountRatePct: 8, disclosureRatesPct: [0, 7.5, 10], sensitivityStepsPct: [-25, 25] },
    });
  });

  it("answers 400 with a plain message beside each bad valuation preference, writing nothing", async () => {
    const world = await createWorld(await getDb());
    const cookie = await world.cookieOf("admin");
    const params = { organisationId: world.organisationId };
    const before = await snapshot(world);
    const patch = async (body: object) => {
      const answer = await callRoute(PATCH, "PATCH", "/x", { cookie, params, body });
      expect(answer.status).toBe(400);
      return (answer.body as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors;
    };
    expect(await patch({ disclosureRatesPct: [5, 8, 5], sensitivityStepsPct: [-10, 0] })).toEqual({
      disclosureRatesPct: ["Disclosure rates: 5 % is listed twice"],
      "sensitivityStepsPct.1": ["Sensitivity steps: 0 % is the base case and is always shown; leave it out"],
    });
    expect(await patch({ disclosureRatesPct: [0, 1, 2, 3, 4, 5, 6, 7, 8] })).toEqual({
      disclosureRatesPct: ["Disclosure rates: at most 8 rates"],
    });
    expect(await patch({ disclosureRatesPct: [101], sensitivityStepsPct: [-100] })).toEqual({
      "disclosureRatesPct.0": ["Disclosure rates: 101 % is out of range; use rates from 0 to 100 %"],
      "sensitivityStepsPct.0": [
        "Sensitivity steps: -100 % is out of range; use steps above -100 % and at most 200 %",
      ],
    });
    expect(await snapshot(world)).toEqual(before);
  });

  it("answers 404 for an organisation the caller does not belong to, 400 for a malformed id", async () => {
    const db = await getDb();
    const world = await createWorld(db);
    const orphan = await createTestOrganisation(db, "Orphan Org");
    const cookie = await world.cookieOf("admin");
    expect(
      (
        await callRoute(PATCH, "PATCH", "/x", {
          cookie,
          params: { organisationId: orphan.id },
          body: { name: "Mine now" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await callRoute(GET, "GET", "/x", { cookie, params: { organisationId: "not-a-uuid" } })).status,
    ).toBe(400);
  });
});
