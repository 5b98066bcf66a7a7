import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoProject } from "@/db/seed-demo-project";
import { replaceCache, type Cache } from "@/lib/cache";
import { createMemoryCache } from "@/lib/cache/memory";
import { createRedisCache } from "@/lib/cache/redis";
import { createResilientCache } from "@/lib/cache/resilient";
import type { CacheAdapter } from "@/lib/cache/types";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { deleteKeysMatching } from "@/tests/support/cache-cleanup";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { GET as getOperations } from "./operations/route";
import { GET as getProject } from "./projects/[projectId]/route";

// Any viewer can send any id and any date range. Neither may grow the shared cache: a key is written only after the
// caller's access to the project or scenario is checked (and an id they cannot see answers exactly like one that
// does not exist), and a date range never becomes part of a key.

const getDb = useTestDb();
const redisUrl = process.env.TEST_REDIS_URL;
const touched: string[] = [];
const adapters: [string, () => CacheAdapter][] = [["in-process cache", () => createMemoryCache()]];
if (redisUrl) adapters.push(["real Redis (TCP)", () => createRedisCache(redisUrl)]);

afterAll(async () => {
  if (redisUrl) await deleteKeysMatching(redisUrl, touched.flatMap((id) => [`dash:*${id}*`, `v:dash:*${id}*`]));
});

/** The real adapter, noting the key of every write that reaches it (entries and version tokens alike). */
function noteWrites(adapter: CacheAdapter, written: string[]): CacheAdapter {
  return {
    ...adapter,
    set: (key, value, ttlSeconds) => (written.push(key), adapter.set(key, value, ttlSeconds)),
    setIfAbsent: (key, value, ttlSeconds) => (written.push(key), adapter.setIfAbsent(key, value, ttlSeconds)),
  };
}

async function setup() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  const viewer = await createTestUser(db, { organisationId: org.id, role: "viewer" });
  const other = await createTestOrganisation(db);
  const outsider = await createTestUser(db, { organisationId: other.id, role: "viewer" });
  touched.push(org.id, other.id, demo.projectId);
  return { demo, cookie: await sessionCookieFor(viewer.id), outsiderCookie: await sessionCookieFor(outsider.id) };
}

describe.each(adapters)("what a viewer's requests may write to the cache (%s)", (_name, createAdapter) => {
  const written: string[] = [];
  let cache: Cache;
  let previous: Cache | undefined;
  beforeAll(() => {
    cache = createResilientCache(noteWrites(createAdapter(), written));
    previous = replaceCache(cache);
  });
  afterAll(async () => {
    replaceCache(previous);
    await cache.close();
  });

  it("ids the viewer cannot see answer 404 exactly like ids that do not exist, and write nothing", async () => {
    const { demo, cookie, outsiderCookie } = await setup();
    // The owner's reads first, so that the owners are remembered in the process (lib/access/owner-memo.ts) too.
    expect((await callRoute(getProject, "GET", "/x", { cookie, params: { projectId: demo.projectId } })).status).toBe(200);
    expect((await callRoute(getOperations, "GET", `/api/dashboards/operations?scenarioId=${demo.baseScenarioId}`, { cookie })).status).toBe(200);
    written.length = 0;
    const hidden = [
      await callRoute(getProject, "GET", "/x", { cookie: outsiderCookie, params: { projectId: demo.projectId } }),
      await callRoute(getOperations, "GET", `/api/dashboards/operations?scenarioId=${demo.childScenarioId}`, { cookie: outsiderCookie }),
      await callRoute(getOperations, "GET", `/api/dashboards/operations?projectId=${demo.projectId}`, { cookie: outsiderCookie }),
    ];
    const missing = [
      await callRoute(getProject, "GET", "/x", { cookie: outsiderCookie, params: { projectId: crypto.randomUUID() } }),
      await callRoute(getOperations, "GET", `/api/dashboards/operations?scenarioId=${crypto.randomUUID()}`, { cookie: outsiderCookie }),
      await callRoute(getOperations, "GET", `/api/dashboards/operations?projectId=${crypto.randomUUID()}`, { cookie: outsiderCookie }),
    ];
    expect(hidden.map(({ status, body }) => ({ status, body }))).toEqual(missing.map(({ status, body }) => ({ status, body })));
    expect(hidden.map((response) => response.status)).toEqual([404, 404, 404]);
    const mismatched = `/api/dashboards/operations?projectId=${demo.projectId}&scenarioId=${crypto.randomUUID()}`;
    expect((await callRoute(getOperations, "GET", mismatched, { cookie })).status).toBe(404);
    expect(written).toEqual([]);
  });

  it("malformed ids and dates outside 1900–2199 are a 400 and write nothing", async () => {
    const { demo, cookie } = await setup();
    written.length = 0;
    const scenario = `scenarioId=${demo.baseScenarioId}`;
    const badDates = ["from=0000-01-01", "to=10000-01-01", "from=1899-12-31", "to=2200-01-01", "from=2040-02-30"].map((date) => `${scenario}&${date}`);
    for (const query of ["projectId=nope", "scenarioId=1%20OR%201=1", `scenarioId=${"f".repeat(36)}`, ...badDates]) {
      const response = await callRoute(getOperations, "GET", `/api/dashboards/operations?${query}`, { cookie });
      expect(response).toMatchObject({ status: 400, body: { error: { code: expect.any(String) } } });
    }
    const project = await callRoute(getProject, "GET", "/x", { cookie, params: { projectId: "../../overview" } });
    expect(project).toMatchObject({ status: 400, body: { error: { code: expect.any(String) } } });
    expect(written).toEqual([]);
  });

  it("date ranges that cover the same months give one answer and one cache entry", async () => {
    const { demo, cookie } = await setup();
    written.length = 0;
    const ranges = ["from=2040-01-15&to=2040-02-03", "from=2040-01-01&to=2040-02-29", "from=2040-01-31&to=2040-02-01"];
    const url = (range: string) => `/api/dashboards/operations?scenarioId=${demo.baseScenarioId}&${range}`;
    const bodies = [];
    for (const range of ranges) bodies.push((await callRoute(getOperations, "GET", url(range), { cookie })).body);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(bodies[0]).toMatchObject({ scope: { from: "2040-01-01", to: "2040-02-29" } });
    const whole = await callRoute(getOperations, "GET", url("from=1900-01-01&to=2199-12-31"), { cookie });
    expect(whole.status).toBe(200);
    const entries = written.filter((key) => !key.startsWith("v:"));
    expect(entries).toEqual([expect.stringContaining(demo.baseScenarioId)]);
  });
});
