import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoProject } from "@/db/seed-demo-project";
import type { CurrentUser } from "@/lib/auth/types";
import { replaceCache, type Cache } from "@/lib/cache";
import { createMemoryCache } from "@/lib/cache/memory";
import { createRedisCache } from "@/lib/cache/redis";
import { createResilientCache } from "@/lib/cache/resilient";
import type { CacheAdapter } from "@/lib/cache/types";
import { deleteKeysMatching } from "@/tests/support/cache-cleanup";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { readOperationsDashboardForPage, readProjectDashboardForPage } from "./pages";

// The dashboard pages answer Next's not-found page (404) whenever their loader gives undefined: for a malformed id
// (which must never reach the database as a uuid cast, a 500), a missing one, and another organisation's.

const getDb = useTestDb();
const redisUrl = process.env.TEST_REDIS_URL;
const touched: string[] = [];

afterAll(async () => {
  if (redisUrl) await deleteKeysMatching(redisUrl, touched.flatMap((id) => [`dash:*${id}*`, `v:dash:*${id}*`]));
});

/** A viewer of the given organisations, the first one active (the owner lookups read the database). */
function viewerOf(...organisationIds: string[]): CurrentUser {
  const memberships = organisationIds.map((organisationId) => ({ organisationId, organisationName: "Org", role: "viewer" as const }));
  const active = { id: organisationIds[0] ?? "", name: "Org", role: "viewer" as const };
  return { id: crypto.randomUUID(), email: "viewer@example.test", name: "Viewer", memberships, activeOrganisation: active, sessionId: crypto.randomUUID(), apiTokenId: null, numberFormat: null };
}

async function setup() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  const other = await createTestOrganisation(db);
  touched.push(org.id, other.id, demo.projectId);
  return { org, demo, other };
}

const MALFORMED_IDS = ["not-a-uuid", "1 OR 1=1", "0", "", `${"0".repeat(8)}-0000-0000-0000-00000000000g`];

describe("the project dashboard page's loader", () => {
  it("gives the dashboard for a project of the active organisation", async () => {
    const { org, demo } = await setup();
    expect((await readProjectDashboardForPage(viewerOf(org.id), demo.projectId))?.project.id).toBe(demo.projectId);
  });

  it("gives nothing (the page's 404) for malformed, missing and other organisations' ids", async () => {
    const { org, demo, other } = await setup();
    for (const id of MALFORMED_IDS) expect(await readProjectDashboardForPage(viewerOf(org.id), id)).toBeUndefined();
    expect(await readProjectDashboardForPage(viewerOf(org.id), crypto.randomUUID())).toBeUndefined();
    expect(await readProjectDashboardForPage(viewerOf(other.id), demo.projectId)).toBeUndefined();
    // A member of both, with the other organisation active: pages show the active organisation only.
    expect(await readProjectDashboardForPage(viewerOf(other.id, org.id), demo.projectId)).toBeUndefined();
  });
});

describe("the operations page's loader", () => {
  it("gives the named scenario's dashboard, its range widened to whole months", async () => {
    const { org, demo } = await setup();
    const page = await readOperationsDashboardForPage(viewerOf(org.id), { scenarioId: demo.childScenarioId, from: "2030-03-10", to: ["2031-02-02", "x"] });
    expect(page?.hasInvalidFilters).toBe(false);
    expect(page?.dashboard.scope).toMatchObject({ scenarioId: demo.childScenarioId, from: "2030-03-01", to: "2031-02-28" });
  });

  it("keeps the named scenario and drops invalid dates, with a notice", async () => {
    const { org, demo } = await setup();
    const page = await readOperationsDashboardForPage(viewerOf(org.id), { scenarioId: demo.childScenarioId, from: "2031-01-01", to: "2030-01-01" });
    expect(page?.hasInvalidFilters).toBe(true);
    expect(page?.dashboard.scope).toMatchObject({ scenarioId: demo.childScenarioId, from: null, to: null });
  });

  it("gives nothing (the page's 404) for malformed, missing and other organisations' ids", async () => {
    const { org, demo, other } = await setup();
    const viewer = viewerOf(org.id);
    for (const id of MALFORMED_IDS.filter(Boolean)) {
      expect(await readOperationsDashboardForPage(viewer, { projectId: id })).toBeUndefined();
      expect(await readOperationsDashboardForPage(viewer, { scenarioId: id })).toBeUndefined();
    }
    expect(await readOperationsDashboardForPage(viewer, { scenarioId: crypto.randomUUID() })).toBeUndefined();
    expect(await readOperationsDashboardForPage(viewerOf(other.id), { projectId: demo.projectId })).toBeUndefined();
    expect(await readOperationsDashboardForPage(viewerOf(other.id, org.id), { scenarioId: demo.baseScenarioId })).toBeUndefined();
  });
});

/** The real adapter (Redis when TEST_REDIS_URL is set), noting the key of every write: entries and version tokens. */
function noteWrites(adapter: CacheAdapter, written: string[]): CacheAdapter {
  return {
    ...adapter,
    set: (key, value, ttlSeconds) => (written.push(key), adapter.set(key, value, ttlSeconds)),
    setIfAbsent: (key, value, ttlSeconds) => (written.push(key), adapter.setIfAbsent(key, value, ttlSeconds)),
  };
}

describe("what the dashboard pages write to the cache", () => {
  const written: string[] = [];
  let cache: Cache;
  let previous: Cache | undefined;
  beforeAll(() => {
    cache = createResilientCache(noteWrites(redisUrl ? createRedisCache(redisUrl) : createMemoryCache(), written));
    previous = replaceCache(cache);
  });
  afterAll(async () => {
    replaceCache(previous);
    await cache.close();
  });

  it("nothing for ids the viewer cannot see or that are malformed; one entry for one they can", async () => {
    const { org, demo, other } = await setup();
    written.length = 0;
    const outsider = viewerOf(other.id);
    expect(await readProjectDashboardForPage(outsider, demo.projectId)).toBeUndefined();
    expect(await readProjectDashboardForPage(viewerOf(other.id, org.id), demo.projectId)).toBeUndefined();
    expect(await readOperationsDashboardForPage(outsider, { scenarioId: demo.baseScenarioId, from: "2030-01-01" })).toBeUndefined();
    expect(await readOperationsDashboardForPage(outsider, { projectId: demo.projectId })).toBeUndefined();
    for (const id of MALFORMED_IDS) expect(await readProjectDashboardForPage(viewerOf(org.id), id)).toBeUndefined();
    expect(written).toEqual([]);
    // The same loader does write for a project the viewer may see: the assertion above can fail.
    expect(await readProjectDashboardForPage(viewerOf(org.id), demo.projectId)).toBeDefined();
    // The dashboard, and the base case's NPV and IRR it computed, left for the project's scenario tree.
    expect(written.filter((key) => !key.startsWith("v:"))).toEqual([
      expect.stringContaining(`:metrics:${demo.projectId}:${demo.baseScenarioId}`),
      expect.stringContaining(`:project:${demo.projectId}`),
    ]);
  });

  it("one entry per scenario whatever the dates, and out-of-bounds dates only fall back to the defaults", async () => {
    const { org, demo } = await setup();
    written.length = 0;
    const viewer = viewerOf(org.id);
    const ranges = [{ from: "2030-03-10", to: "2031-02-02" }, { from: "1900-01-01", to: "2199-12-31" }, { from: "2031-01-05" }];
    for (const range of ranges) expect((await readOperationsDashboardForPage(viewer, { scenarioId: demo.childScenarioId, ...range }))?.hasInvalidFilters).toBe(false);
    for (const from of ["0000-01-01", "1899-12-31", "2200-01-01", "10000-01-01"]) {
      const page = await readOperationsDashboardForPage(viewer, { scenarioId: demo.childScenarioId, from });
      expect(page).toMatchObject({ hasInvalidFilters: true, dashboard: { scope: { scenarioId: demo.childScenarioId, from: null, to: null } } });
    }
    expect(written.filter((key) => !key.startsWith("v:"))).toEqual([expect.stringContaining(`:ops:${demo.projectId}:${demo.childScenarioId}`)]);
  });
});
