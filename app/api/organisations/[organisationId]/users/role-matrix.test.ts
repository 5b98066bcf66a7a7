import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { DELETE, PATCH } from "./[userId]/route";
import { POST as invite } from "../invitations/route";
import { GET } from "./route";
import { CALLERS, CREDENTIALS, createWorld, snapshotOrganisation, type Caller, type CallerAuth, type World } from "../../../../../tests/support/users-world";

// Every member route × every kind of caller, generated: exactly the status each must get, and nothing written by
// any refused request.

const getDb = useTestDb();
// Open and migrate the database under the hook timeout, not inside the first test (PGlite takes seconds on a busy host).
beforeAll(async () => {
  await getDb();
});

type RouteCase = {
  name: string;
  successStatus: number;
  call: (world: World, auth: CallerAuth, email: string) => ReturnType<typeof callRoute>;
};

const ROUTES: RouteCase[] = [
  {
    name: "GET /users",
    successStatus: 200,
    call: (world, auth) => callRoute(GET, "GET", "/x?q=test", { params: { organisationId: world.organisationId }, ...auth }),
  },
  {
    // The way into an organisation: an invitation (nobody creates an account for someone else).
    name: "POST /invitations",
    successStatus: 201,
    call: (world, auth, email) =>
      callRoute(invite, "POST", "/x", { params: { organisationId: world.organisationId }, body: { email, role: "analyst" }, ...auth }),
  },
  {
    name: "PATCH /users/{userId}",
    successStatus: 200,
    call: (world, auth) =>
      callRoute(PATCH, "PATCH", "/x", {
        params: { organisationId: world.organisationId, userId: world.target.id },
        body: { role: "project_manager", isActive: false },
        ...auth,
      }),
  },
  {
    name: "DELETE /users/{userId}",
    successStatus: 204,
    call: (world, auth) =>
      callRoute(DELETE, "DELETE", "/x", { params: { organisationId: world.organisationId, userId: world.target.id }, ...auth }),
  },
];

function expectedStatus(caller: Caller, route: RouteCase): number {
  if (caller === "anonymous") return 401;
  if (caller === "foreign_admin") return 404;
  if (caller === "admin") return route.successStatus;
  return 403;
}

// The same matrix whether the caller signs in with a cookie or sends an API token of their role.
describe.each(CREDENTIALS)("the member routes' role matrix (%s)", (credential) => {
  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const status = expectedStatus(caller, route);
      it(`${route.name} as ${caller} → ${status}${status >= 400 ? ", writing nothing" : ""}`, async () => {
        const db = await getDb();
        const world = await createWorld(db);
        const email = `matrix-${crypto.randomUUID()}@example.test`;
        const auth = await world.authOf(caller, credential);
        const before = await snapshotOrganisation(db, world.organisationId, email);
        const res = await route.call(world, auth, email);
        expect(res.status).toBe(status);
        if (status >= 400) {
          expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
          expect(await snapshotOrganisation(db, world.organisationId, email)).toEqual(before);
        }
      });
    }
  }
});

describe("another organisation's ids", () => {
  it("give its admin 404 for our members, through their own organisation's path too, and change nothing", async () => {
    const db = await getDb();
    const world = await createWorld(db);
    const cookie = await world.cookieOf("foreign_admin");
    const before = await snapshotOrganisation(db, world.organisationId);
    const params = { organisationId: world.foreignOrganisationId, userId: world.target.id };
    const patch = await callRoute(PATCH, "PATCH", "/x", { params, body: { role: "admin" }, cookie });
    expect(patch).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    expect((await callRoute(DELETE, "DELETE", "/x", { params, cookie })).status).toBe(404);
    const list = await callRoute(GET, "GET", "/x", { params: { organisationId: world.foreignOrganisationId }, cookie });
    expect((list.body as { data: { id: string }[] }).data.map((member) => member.id)).toEqual([world.foreignAdminId]);
    expect(await snapshotOrganisation(db, world.organisationId)).toEqual(before);
  });

  it("give 404 for an organisation that does not exist and 400 for a malformed id", async () => {
    const db = await getDb();
    const world = await createWorld(db);
    const cookie = await world.cookieOf("admin");
    const missing = await callRoute(GET, "GET", "/x", { params: { organisationId: crypto.randomUUID() }, cookie });
    expect(missing.status).toBe(404);
    const malformed = await callRoute(PATCH, "PATCH", "/x", {
      params: { organisationId: world.organisationId, userId: "42" },
      body: { role: "viewer" },
      cookie,
    });
    expect(malformed).toMatchObject({ status: 400, body: { error: { fieldErrors: { userId: [expect.any(String)] } } } });
  });
});
