import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projects } from "@/db/schema";
import { seedDemoProject } from "@/db/seed-demo-project";
import { replaceCache, type Cache } from "@/lib/cache";
import { createMemoryCache } from "@/lib/cache/memory";
import { createRedisCache } from "@/lib/cache/redis";
import { createResilientCache } from "@/lib/cache/resilient";
import { deleteKeysMatching } from "@/tests/support/cache-cleanup";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { invalidateOrganisationDashboards, invalidateProjectDashboards } from "./cache-keys";
import { readOrganisationOverview } from "./overview";
import { readProjectDashboard } from "./project";

// Under `allkeys-lru` (or a Redis restart) a version token can vanish while entries cached under the versions before
// it still live (up to DASHBOARD_TTL_SECONDS). A counter that restarted from 0 would then name those entries again
// and serve their stale figures; a token re-established as a new random value names no entry ever written.
// The eviction is simulated by deleting the token's key in the real cache (Redis DEL when TEST_REDIS_URL is set).

const getDb = useTestDb();
const redisUrl = process.env.TEST_REDIS_URL;
const touched: string[] = [];
const caches: [string, () => Cache][] = [["in-process cache", () => createResilientCache(createMemoryCache())]];
if (redisUrl) caches.push(["real Redis (TCP)", () => createResilientCache(createRedisCache(redisUrl))]);

afterAll(async () => {
  if (redisUrl) await deleteKeysMatching(redisUrl, touched.flatMap((id) => [`dash:*${id}*`, `v:dash:*${id}*`]));
});

async function seed() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  touched.push(org.id, demo.projectId);
  return { db, org, demo, scope: { organisationId: org.id, projectId: demo.projectId } };
}

describe.each(caches)("a write survives the eviction of its version token (%s)", (_name, createCache) => {
  let cache: Cache;
  let previous: Cache | undefined;
  beforeAll(() => {
    cache = createCache();
    previous = replaceCache(cache);
  });
  afterAll(async () => {
    replaceCache(previous);
    await cache.close();
  });

  it("the organisation's token evicted after a rename: dashboards show the new name, not the entry cached before", async () => {
    const { db, org, demo, scope } = await seed();
    expect((await readProjectDashboard(scope))?.project.name).toBe("Quebrada Azul Copper");
    expect((await readOrganisationOverview({ organisationId: org.id })).projects[0]?.name).toBe("Quebrada Azul Copper");
    await db.update(projects).set({ name: "Renamed" }).where(eq(projects.id, demo.projectId));
    await invalidateOrganisationDashboards(org.id);
    expect((await readProjectDashboard(scope))?.project.name).toBe("Renamed");
    await cache.invalidate(`v:dash:org:${org.id}`);
    expect((await readProjectDashboard(scope))?.project.name).toBe("Renamed");
    expect((await readOrganisationOverview({ organisationId: org.id })).projects[0]?.name).toBe("Renamed");
  });

  it("every token of a project evicted after each of two writes: reads never go back to an earlier name", async () => {
    const { db, org, demo, scope } = await seed();
    const names = ["Quebrada Azul Copper", "Second", "Third"];
    for (const [index, name] of names.entries()) {
      if (index > 0) {
        await db.update(projects).set({ name }).where(eq(projects.id, demo.projectId));
        await invalidateProjectDashboards(org.id, demo.projectId);
        await invalidateOrganisationDashboards(org.id);
      }
      expect((await readProjectDashboard(scope))?.project.name).toBe(name);
      for (const namespace of [`dash:org:${org.id}`, `dash:project:${demo.projectId}`]) await cache.invalidate(`v:${namespace}`);
      expect((await readProjectDashboard(scope))?.project.name).toBe(name);
    }
  });
});
