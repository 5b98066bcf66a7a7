import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getMe } from "@/app/api/me/route";
import { memberships, organisations } from "@/db/schema";
import { startIdentityNotifications } from "@/lib/auth/identity-memo";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { GET as getOrganisation } from "./[organisationId]/route";
import { POST } from "./route";

// POST /api/organisations through its route handler: who may create, what the answer says, what is refused and
// why, and that the new organisation is the creator's on their very next request.

const getDb = useTestDb();
beforeAll(async () => {
  // Listening, the process remembers identities: "at once" below means the create made it forget the creator's.
  await startIdentityNotifications(await getDb());
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function signedInViewer(): Promise<{ userId: string; cookie: string }> {
  const db = await getDb();
  const home = await createTestOrganisation(db);
  const { id } = await createTestUser(db, { organisationId: home.id, role: "viewer" });
  return { userId: id, cookie: await sessionCookieFor(id) };
}

function create(body: unknown, cookie?: string) {
  return callRoute(POST, "POST", "/api/organisations", { body, cookie });
}

type MeBody = { user: { memberships: { organisationId: string; role: string }[] } };

describe("POST /api/organisations", () => {
  it("creates it for any signed-in member (a viewer here), who becomes its admin at once: 201 with Location", async () => {
    const { userId, cookie } = await signedInViewer();
    // Read once, so the caller's identity is remembered in the process before the create.
    expect((await callRoute(getMe, "GET", "/api/me", { cookie })).status).toBe(200);

    const answer = await create(
      { name: "Cerro Alto Gold", defaultCurrency: "cad", defaultDiscountRatePct: 9 },
      cookie,
    );
    expect(answer.status).toBe(201);
    const data = (answer.body as { data: { id: string; slug: string } }).data;
    expect(answer.body).toMatchObject({
      data: { name: "Cerro Alto Gold", defaultCurrency: "CAD", defaultDiscountRatePct: 9 },
    });
    expect(data.slug).toMatch(/^cerro-alto-gold(-\d+)?$/);
    expect(answer.headers.get("location")).toBe(`/api/organisations/${data.id}`);

    const me = (await callRoute(getMe, "GET", "/api/me", { cookie })).body as MeBody;
    expect(me.user.memberships).toContainEqual(
      expect.objectContaining({ organisationId: data.id, role: "admin" }),
    );
    const read = await callRoute(getOrganisation, "GET", "/x", {
      cookie,
      params: { organisationId: data.id },
    });
    expect(read.status).toBe(200);
    const db = await getDb();
    expect(
      await db.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, userId)),
    ).toHaveLength(2);
  });

  it("answers 401 when signed out, creating nothing", async () => {
    const name = `Anonymous ${crypto.randomUUID()}`;
    const answer = await create({ name });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    const db = await getDb();
    expect(await db.select().from(organisations).where(eq(organisations.name, name))).toEqual([]);
  });

  it("answers 400 with a message beside each bad field", async () => {
    const { cookie } = await signedInViewer();
    const answer = await create({ name: " ", defaultCurrency: "US", defaultDiscountRatePct: 120 }, cookie);
    expect(answer.status).toBe(400);
    const fieldErrors = (answer.body as { error: { fieldErrors: Record<string, string[]> } }).error
      .fieldErrors;
    expect(fieldErrors).toEqual({
      name: ["Enter the organisation's name"],
      defaultCurrency: ["Enter a three-letter ISO-4217 code, e.g. USD"],
      defaultDiscountRatePct: ["Enter a rate from 0 to 100 %"],
    });
    const tooLong = await create({ name: "x".repeat(201) }, cookie);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      error: { fieldErrors: { name: ["must be at most 200 characters"] } },
    });
  });

  it("answers 403 ORGANISATION_CREATION_DISABLED when the instance turned creation off", async () => {
    vi.stubEnv("ALLOW_ORGANISATION_CREATION", "false");
    vi.resetModules();
    const route = await import("./route");
    const { cookie } = await signedInViewer();
    const answer = await callRoute(route.POST, "POST", "/api/organisations", {
      body: { name: "Not Allowed Ltd" },
      cookie,
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: "ORGANISATION_CREATION_DISABLED" } });
  });
});
