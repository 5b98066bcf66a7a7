import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { invalidateProjectDashboards } from "@/lib/dashboards/cache-keys";
import { loadProjectDashboard as getProjectDashboard, readProjectDashboard } from "@/lib/dashboards/project";
import { seedDemoProject } from "@/db/seed-demo-project";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { createPrivateRedis, type PrivateRedis } from "@/tests/support/redis-server";
import { replaceCache, type Cache } from "./index";
import { createRedisCache } from "./redis";
import { createResilientCache } from "./resilient";

// Redis stops mid-test: a PRIVATE redis-server (never the shared one) is killed and restarted on the same port
// while dashboard reads go on through the app's cache path (getCache → resilient → TCP adapter).

const getDb = useTestDb();
const TIMEOUT_MS = 150;
let redis: PrivateRedis;
let cache: Cache;
let previous: Cache | undefined;
const warn = vi.fn();
const info = vi.fn();

beforeAll(async () => {
  redis = await createPrivateRedis();
  await redis.start();
  cache = createResilientCache(createRedisCache(redis.url, { connectTimeoutMs: 200 }), { timeoutMs: TIMEOUT_MS, warn, info });
  previous = replaceCache(cache);
});

afterAll(async () => {
  replaceCache(previous);
  await cache.close();
  await redis.kill();
});

async function timedRead(scope: { organisationId: string; projectId: string }) {
  const started = performance.now();
  const dashboard = await readProjectDashboard(scope);
  return { generatedAt: dashboard?.generatedAt, elapsedMs: performance.now() - started };
}

/** True when two reads in a row give the same figures object (the second came from the cache). */
async function isServedFromCache(scope: { organisationId: string; projectId: string }): Promise<boolean> {
  const first = await timedRead(scope);
  const second = await timedRead(scope);
  return first.generatedAt === second.generatedAt;
}

describe("dashboards while Redis goes down and comes back", () => {
  it("answers from the database within the timeout, logs the failure once, and recovers by itself", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db);
    const demo = await seedDemoProject(db, org.id);
    const scope = { organisationId: org.id, projectId: demo.projectId };
    // On a loaded machine the first connection or a call can outlast the 150 ms timeout and count as an outage;
    // what matters is that Redis serves the dashboard once it answers, so wait for that, then count from there.
    await vi.waitFor(async () => expect(await isServedFromCache(scope)).toBe(true), { timeout: 15_000, interval: 250 });
    warn.mockClear();
    info.mockClear();

    await redis.kill();
    const started = performance.now();
    await getProjectDashboard(db, scope);
    const loadMs = performance.now() - started;
    const reads = [await timedRead(scope), await timedRead(scope), await timedRead(scope)];
    expect(reads.every((read) => read.generatedAt !== undefined)).toBe(true);
    // Nothing is cached while Redis is down: every read is fresh, and none waits much longer than the bare load
    // (a refused connection fails at once; a hanging one would cost at most the timeout per cache call).
    expect(new Set(reads.map((read) => read.generatedAt)).size).toBe(3);
    for (const read of reads) expect(read.elapsedMs).toBeLessThan(loadMs * 2 + 2 * TIMEOUT_MS + 200);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/cache \(redis\) unavailable, answering from the database/);

    await redis.start();
    // node-redis reconnects with capped backoff; no restart of the app, no call to the cache from the test.
    await vi.waitFor(async () => expect(await isServedFromCache(scope)).toBe(true), { timeout: 15_000, interval: 250 });
    expect(info).toHaveBeenCalledWith("cache (redis) is reachable again");
    expect(warn).toHaveBeenCalledTimes(1);
  }, 40_000);

  it("never serves an in-process copy from before a Redis restart that lost the version tokens", async () => {
    const db = await getDb();
    const org = await createTestOrganisation(db);
    const demo = await seedDemoProject(db, org.id);
    const scope = { organisationId: org.id, projectId: demo.projectId };
    // Copies that outlive the restart, so that only the reconnection can keep the old one from being served.
    const adapter = createRedisCache(redis.url, { connectTimeoutMs: 200 });
    const longLived = createResilientCache(adapter, { timeoutMs: TIMEOUT_MS, localCopyTtlMs: 600_000, warn, info });
    replaceCache(longLived);
    try {
      await vi.waitFor(async () => expect(await isServedFromCache(scope)).toBe(true), { timeout: 15_000, interval: 250 });
      const before = await timedRead(scope);
      expect((await timedRead(scope)).generatedAt).toBe(before.generatedAt);
      // A write gives the project a new version token; the restart loses every token, and the next read must load.
      await invalidateProjectDashboards(org.id, demo.projectId, longLived);
      await redis.kill();
      const connections = adapter.connectionCount?.() ?? 0;
      await redis.start();
      await vi.waitFor(() => expect(adapter.connectionCount?.()).toBeGreaterThan(connections), { timeout: 15_000, interval: 100 });
      expect((await timedRead(scope)).generatedAt).not.toBe(before.generatedAt);
    } finally {
      replaceCache(cache);
      await longLived.close();
    }
  }, 40_000);
});
