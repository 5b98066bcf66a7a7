import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCache, replaceCache, type Cache } from "@/lib/cache";
import { createRedisCache } from "@/lib/cache/redis";
import { createResilientCache } from "@/lib/cache/resilient";
import { loadOperationsDashboard } from "@/lib/dashboards/operations";
import { loadOrganisationOverview } from "@/lib/dashboards/overview";
import { loadProjectDashboard } from "@/lib/dashboards/project";
import { allContracts } from "@/lib/http/contracts";
import { setSimulationConfigOverrides } from "@/lib/simulations/config";
import { callRoute } from "@/tests/support/api";
import { deleteKeysMatching } from "@/tests/support/cache-cleanup";
import { useTestDb } from "@/tests/support/db";
import {
  createMutationWorld,
  DASHBOARDS,
  MUTATION_CASES,
  NOT_MUTATIONS,
  type DashboardName,
  type MutationCase,
  type MutationWorld,
} from "@/tests/support/mutation-cases";
import { GET as getOperations } from "./operations/route";
import { GET as getOverview } from "./overview/route";
import { GET as getProjectDashboard } from "./projects/[projectId]/route";

// Every mutating route, enumerated from the contracts (the source of /api/openapi.json), makes a real write through
// its route handler while the three dashboards are cached; the next read of each must equal what the database
// holds, loaded uncached. A route added without a case here fails the first test. The cases live in
// tests/support/mutation-cases/ (one file per area).

const getDb = useTestDb();
const redisUrl = process.env.TEST_REDIS_URL;
const caches: [string, () => Cache][] = [["in-process cache", () => getCache()]];
if (redisUrl) caches.push(["real Redis (TCP)", () => createResilientCache(createRedisCache(redisUrl))]);
const touched: string[] = [];

const MUTATING_KEYS = allContracts.filter((contract) => contract.method !== "GET").map((contract) => `${contract.method} ${contract.path}`);

beforeAll(() => {
  // Background runs on the in-process queue: the cancel case's queued copy must not wait for a pg-boss worker.
  setSimulationConfigOverrides({ queue: "local" });
});

afterAll(async () => {
  setSimulationConfigOverrides({});
  // Only this file's keys: every dashboard key and version namespace names the organisation or the project.
  if (redisUrl) await deleteKeysMatching(redisUrl, touched.flatMap((id) => [`dash:*${id}*`, `v:dash:*${id}*`]));
});

/** A dashboard as a client sees it: the status and, when found, the body without the moment it was computed. */
type Reading = { status: number; body?: unknown };
type Readings = Record<DashboardName, Reading>;
/** A reading and when its body was computed: equal on two reads when the second came from the cache. */
type TimedReading = { reading: Reading; generatedAt?: unknown };

function toReading(status: number, body: unknown): TimedReading {
  if (status !== 200) return { reading: { status } };
  const { generatedAt, ...rest } = body as Record<string, unknown>;
  return { reading: { status, body: rest }, generatedAt };
}

/** The three dashboards through their GET routes, as the caller (cached). The operations one is the base case's. */
const ROUTE_READERS: Record<DashboardName, (world: MutationWorld) => Promise<{ status: number; body: unknown }>> = {
  overview: ({ cookie }) => callRoute(getOverview, "GET", "/api/dashboards/overview", { cookie }),
  project: ({ cookie, demo }) => callRoute(getProjectDashboard, "GET", "/x", { cookie, params: { projectId: demo.projectId } }),
  operations: ({ cookie, demo }) => callRoute(getOperations, "GET", `/api/dashboards/operations?scenarioId=${demo.baseScenarioId}`, { cookie }),
};

async function readDashboard(world: MutationWorld, name: DashboardName): Promise<TimedReading> {
  const answer = await ROUTE_READERS[name](world);
  return toReading(answer.status, answer.body);
}

/** Reads each dashboard twice; the second read must come from the cache (same generatedAt), else nothing is tested. */
async function warmDashboards(world: MutationWorld): Promise<Readings> {
  const readings = {} as Readings;
  for (const name of DASHBOARDS) {
    const first = await readDashboard(world, name);
    const second = await readDashboard(world, name);
    expect([name, first.reading.status, second.generatedAt]).toEqual([name, 200, first.generatedAt]);
    readings[name] = second.reading;
  }
  return readings;
}

async function readDashboards(world: MutationWorld): Promise<Readings> {
  const readings = {} as Readings;
  for (const name of DASHBOARDS) readings[name] = (await readDashboard(world, name)).reading;
  return readings;
}

/** The dashboards loaded straight from the database (no cache), as the routes would answer them; undefined: 404. */
const TRUTH_LOADERS: Record<DashboardName, (world: MutationWorld) => Promise<unknown>> = {
  overview: ({ db, organisationId }) => loadOrganisationOverview(db, { organisationId }),
  project: ({ db, organisationId, demo }) => loadProjectDashboard(db, { organisationId, projectId: demo.projectId }),
  operations: async ({ db, organisationId, demo }) => {
    const scope = { organisationId, projectId: demo.projectId, scenarioId: demo.baseScenarioId, from: null, to: null };
    const dashboard = await loadOperationsDashboard(db, scope);
    // The route answers 404 for a scenario its project no longer lists (deleted, or deleted with the project).
    return dashboard.filters.scenarios.some((scenario) => scenario.id === demo.baseScenarioId) ? dashboard : undefined;
  },
};

async function loadTruth(world: MutationWorld): Promise<Readings> {
  const readings = {} as Readings;
  for (const name of DASHBOARDS) {
    const dashboard = await TRUTH_LOADERS[name](world);
    // Through JSON as the route sends it (dates become strings, undefined fields vanish).
    readings[name] = toReading(dashboard ? 200 : 404, dashboard && JSON.parse(JSON.stringify(dashboard))).reading;
  }
  return readings;
}

function caseOf(key: string): MutationCase {
  const mutation = MUTATION_CASES[key];
  if (!mutation) throw new Error(`no case for ${key}`);
  return mutation;
}

describe("the freshness cases", () => {
  it("cover every mutating contract, and skip only contracts that store nothing", () => {
    expect(Object.keys(NOT_MUTATIONS).filter((key) => !MUTATING_KEYS.includes(key))).toEqual([]);
    const expected = MUTATING_KEYS.filter((key) => !(key in NOT_MUTATIONS)).sort();
    expect(Object.keys(MUTATION_CASES).sort()).toEqual(expected);
  });
});

describe.each(caches)("every write leaves the dashboards fresh (%s)", (_name, createCache) => {
  let previous: Cache | undefined;
  beforeAll(() => {
    previous = replaceCache(createCache());
  });
  afterAll(async () => {
    const current = replaceCache(previous);
    if (current && current !== previous) await current.close();
  });

  it.each(Object.keys(MUTATION_CASES))("%s stays fresh", async (key) => {
    const mutation = caseOf(key);
    // Each case its own organisation and demo project: writes (a deleted project) never leak into another case.
    const world = await createMutationWorld(await getDb());
    touched.push(world.organisationId, world.demo.projectId);
    const act = await mutation.arrange(world);
    const before = await warmDashboards(world);

    const answer = await act.write();
    const succeeded = answer.status >= 200 && answer.status < 300;
    expect(succeeded, `${key} answered ${answer.status}: ${JSON.stringify(answer.body)}`).toBe(true);

    const after = await readDashboards(world);
    expect(after).toEqual(await loadTruth(world));
    // Not vacuous: the write changed exactly the dashboards the case names, so the equality above saw new figures.
    const changed = DASHBOARDS.filter((name) => !isDeepStrictEqual(before[name], after[name]));
    expect(changed).toEqual(DASHBOARDS.filter((name) => mutation.changes.includes(name)));
    await act.verify?.(answer);
  });
});
