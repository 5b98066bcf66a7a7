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
