import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { GET } from "./route";
import { createWorld } from "../../../../../tests/support/users-world";

const getDb = useTestDb();
// Open and migrate the database under the hook timeout, not inside the first test (PGlite takes seconds on a busy host).
beforeAll(async () => {
  await getDb();
});

type PageBody = { data: { id: string; name: string; email: string }[]; page: number; pageSize: number; total: number };

async function asAdmin() {
  const db = await getDb();
  const world = await createWorld(db);
  const cookie = await world.cookieOf("admin");
  const list = (query = "") => callRoute(GET, "GET", `/x${query}`, { params: { organisationId: world.organisationId }, cookie });
  return { db, world, list };
}

describe("GET /api/organisations/{organisationId}/users", () => {
  it("lists members with role, status and last sign-in, searched, filtered and paginated", async () => {
    const { db, world, list } = await asAdmin();
    await db.update(users).set({ name: "Zoë 100%_Match", isActive: false, lastSignInAt: new Date("2026-01-02T03:04:05Z") }).where(eq(users.id, world.target.id));
    const all = (await list("?pageSize=2&page=3")).body as PageBody;
    expect(all).toMatchObject({ page: 3, pageSize: 2, total: 5 });
    expect(all.data).toHaveLength(1);
    const found = await list("?q=100%25_m");
    expect(found.body).toMatchObject({
      total: 1,
      data: [{ id: world.target.id, role: "analyst", isActive: false, lastSignInAt: "2026-01-02T03:04:05.000Z", memberSince: expect.any(String) }],
    });
    expect(((await list("?q=%25")).body as PageBody).total).toBe(1);
    expect(((await list("?status=active")).body as PageBody).total).toBe(4);
    expect(((await list("?role=analyst&status=inactive")).body as PageBody).total).toBe(1);
    const byEmail = (await list("?sort=email&order=desc")).body as PageBody;
    expect(byEmail.data.map((member) => member.email)).toEqual([...byEmail.data.map((member) => member.email)].sort().reverse());
    const bad = await list("?pageSize=1000&status=gone&sort=password");
    expect(bad).toMatchObject({ status: 400, body: { error: { fieldErrors: { pageSize: [expect.any(String)], status: [expect.any(String)], sort: [expect.any(String)] } } } });
  });
});
