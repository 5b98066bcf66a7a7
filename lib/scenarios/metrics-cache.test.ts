import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoProject } from "@/db/seed-demo-project";
import { replaceCache, type Cache } from "@/lib/cache";
import { createMemoryCache } from "@/lib/cache/memory";
import { createRedisCache } from "@/lib/cache/redis";
import { createResilientCache } from "@/lib/cache/resilient";
import { invalidateOrganisationDashboards, invalidateProjectDashboards } from "@/lib/dashboards/cache-keys";
import { deleteKeysMatching } from "@/tests/support/cache-cleanup";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { beginMetricsCapture, readCachedMetrics } from "./metrics-cache";
import { getScenarioCashFlow } from "./read";

// The scenario tree's NPV and IRR come from the cache only: left there by whatever computed a cash flow, gone with
// any write to the project or the organisation, and never stored under versions a write has already replaced.

const getDb = useTestDb();
const redisUrl = process.env.TEST_REDIS_URL;
const touched: string[] = [];
let cache: Cache;
let previous: Cache | undefined;

beforeAll(() => {
  cache = createResilientCache(redisUrl ? createRedisCache(redisUrl) : createMemoryCache());
  previous = replaceCache(cache);
});
afterAll(async () => {
  replaceCache(previous);
  if (redisUrl) await deleteKeysMatching(redisUrl, touched.flatMap((id) => [`dash:*${id}*`, `v:dash:*${id}*`]));
  await cache.close();
});

async function setup() {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const demo = await seedDemoProject(db, org.id);
  touched.push(org.id, demo.projectId);
  return { scope: { organisationId: org.id, projectId: demo.projectId }, demo };
}

describe("the scenario tree's cached figures", () => {
  it("are absent until a cash flow is computed, then hold its after-tax NPV and IRR", async () => {
    const { scope, demo } = await setup();
    const ids = [demo.baseScenarioId, demo.childScenarioId];
    expect(await readCachedMetrics(scope, ids)).toEqual({});
    const cashFlow = await getScenarioCashFlow({ ...scope, scenarioId: demo.childScenarioId });
    const irr = cashFlow.metrics.irr;
    expect(await readCachedMetrics(scope, ids)).toEqual({
      [demo.childScenarioId]: { npv: cashFlow.metrics.npv, irrPct: irr.kind === "unique" ? irr.rate * 100 : null, currency: cashFlow.currency },
    });
  });

  it("are gone after a write to the project or to the organisation (a price deck)", async () => {
    const { scope, demo } = await setup();
    await getScenarioCashFlow({ ...scope, scenarioId: demo.baseScenarioId });
    await invalidateProjectDashboards(scope.organisationId, scope.projectId);
    expect(await readCachedMetrics(scope, [demo.baseScenarioId])).toEqual({});
    await getScenarioCashFlow({ ...scope, scenarioId: demo.baseScenarioId });
    await invalidateOrganisationDashboards(scope.organisationId);
    expect(await readCachedMetrics(scope, [demo.baseScenarioId])).toEqual({});
  });

  it("are never stored as current when a write committed between reading the versions and storing", async () => {
    const { scope, demo } = await setup();
    const remember = await beginMetricsCapture(scope);
    await invalidateProjectDashboards(scope.organisationId, scope.projectId);
    await remember(demo.baseScenarioId, { npv: 1, irrPct: 2, currency: "USD" });
    expect(await readCachedMetrics(scope, [demo.baseScenarioId])).toEqual({});
  });

  it("are not left by a computation that did not name the project", async () => {
    const { scope, demo } = await setup();
    await getScenarioCashFlow({ organisationId: scope.organisationId, scenarioId: demo.baseScenarioId });
    expect(await readCachedMetrics(scope, [demo.baseScenarioId])).toEqual({});
  });
});
