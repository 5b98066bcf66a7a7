import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { equipment, maintenanceLogs, processParameters, type NewMaintenanceLog } from "@/db/schema";
import * as parametersRoute from "@/app/api/scenarios/[scenarioId]/parameters/route";
import { createDistribution, normalQuantile } from "@/lib/engine/distributions";
import { specAsFactor, type FactorSpec } from "@/lib/engine/fitting";
import type { SeriesFits } from "@/lib/scenarios/fits";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { CALLERS, createApiWorld, expectedStatuses, insertProject, insertScenario, seedDemo, type ApiWorld, type Caller } from "@/tests/support/scenario-api";
import * as fitsRoute from "./route";

// GET /api/scenarios/{id}/fits: distributions fitted to the maintenance logs of the scenario's equipment lines,
// checked against closed forms; a fit becomes a variable through the ordinary parameter route.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let scenarioId: string;
/** Line A: 200 downtimes at the normal(50 h, 8 h) quantiles (i − 0.5)/200, costs in USD. */
let lineA: string;
/** Line B: downtimes 1, 2, 3, 4, 5 h (corrective); line C: 3 logs; line D: costs in USD and EUR. */
let lineB: string;
let lineC: string;
let lineD: string;

async function insertLine(name: string): Promise<string> {
  const [row] = await db
    .insert(equipment)
    .values({ scenarioId, name, equipmentType: "haul_truck", quantity: 1, purchaseCost: 1e6, operatingCostPerHour: 100, hoursPerYear: 6000, lifeYears: 10, availabilityPct: 85 })
    .returning({ id: equipment.id });
  if (!row) throw new Error("equipment not created");
  return row.id;
}

function logsOf(equipmentId: string, downtimes: readonly number[], extra: Partial<NewMaintenanceLog> = {}): NewMaintenanceLog[] {
  return downtimes.map((downtimeHours, i) => ({ equipmentId, performedOn: `2025-01-${String((i % 28) + 1).padStart(2, "0")}`, type: "corrective", downtimeHours, cost: 1000 + 10 * i, currency: "USD", ...extra }));
}

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  const project = await insertProject(db, world.organisationId);
  scenarioId = (await insertScenario(db, { projectId: project.id })).id;
  [lineA, lineB, lineC, lineD] = [await insertLine("A"), await insertLine("B"), await insertLine("C"), await insertLine("D")];
  const normalDowntimes = Array.from({ length: 200 }, (_, i) => Number((50 + 8 * normalQuantile((i + 0.5) / 200)).toFixed(6)));
  await db.insert(maintenanceLogs).values([
    ...logsOf(lineA, normalDowntimes, { type: "preventive" }),
    ...logsOf(lineB, [4, 1, 5, 3, 2]),
    ...logsOf(lineC, [2, 3, 4]),
    ...logsOf(lineD, [1, 2, 3, 4, 5, 6]).map((log, i) => ({ ...log, currency: i % 2 ? "EUR" : "USD" })),
  ]);
});

const getFits = (query: string, caller: Caller = "viewer", id = scenarioId) =>
  callRoute(fitsRoute.GET, "GET", `/api/scenarios/${id}/fits${query}`, { cookie: world.cookies[caller], params: { scenarioId: id } });

async function fitsOf(query: string): Promise<SeriesFits> {
  const res = await getFits(query);
  expect(res.status).toBe(200);
  return (res.body as { fits: SeriesFits }).fits;
}

describe("access", () => {
  it.each(CALLERS)("GET /api/scenarios/{id}/fits as %s", async (caller) => {
    expect((await getFits(`?equipmentId=${lineB}`, caller)).status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it("answers 404 for another organisation's scenario, and for an equipment line that is not the scenario's", async () => {
    const otherProject = await insertProject(db, world.otherOrganisationId);
    const otherScenario = await insertScenario(db, { projectId: otherProject.id });
    expect((await getFits("", "viewer", otherScenario.id)).status).toBe(404);
    const other = await getFits(`?equipmentId=${crypto.randomUUID()}`);
    expect([other.status, (other.body as { error: { code: string } }).error.code]).toEqual([404, "NOT_FOUND"]);
  });
});

describe("fits against closed forms", () => {
  it("gives back the mean and sd of data drawn at a normal's quantiles, ranked normal among the best", async () => {
    const fits = await fitsOf(`?equipmentId=${lineA}&metric=downtime_hours&type=preventive`);
    expect([fits.count, fits.unit, fits.source]).toEqual([200, "h", "maintenance"]);
    const normal = fits.fits.find((f) => f.family === "normal");
    if (!normal?.ok) throw new Error("normal did not fit");
    expect(normal.parameters.mean).toBeCloseTo(50, 5);
    expect(Math.abs((normal.parameters.sd ?? 0) - 8)).toBeLessThan(0.08);
    expect(normal.spec).toEqual({ type: "normal", mean: normal.parameters.mean, sd: normal.parameters.sd });
    expect(normal.ksStatistic).toBeLessThan(0.01);
    expect(normal.ksPValue).toBeGreaterThan(0.99);
    expect(normal.ppPoints).toHaveLength(200);
    expect(normal.ppPoints[0]?.empirical).toBe(0.5 / 200);
    expect(fits.fits.filter((f) => f.ok).map((f) => f.ok && f.rank)).toEqual([1, 2, 3, 4, 5]);
    const gamma = fits.fits.find((f) => f.family === "gamma");
    expect(gamma?.ok && gamma.spec.type).toBe("gamma");
  });

  it("computes the KS statistic of 1..5 h against normal(3, √2) as by hand: D = 0.4 − Φ(−1/√2)", async () => {
    const fits = await fitsOf(`?equipmentId=${lineB}&type=corrective`);
    expect(fits.summary).toEqual({ mean: 3, sd: Math.sqrt(2.5), min: 1, max: 5 });
    const normal = fits.fits.find((f) => f.family === "normal");
    if (!normal?.ok) throw new Error("normal did not fit");
    expect(normal.parameters.mean).toBe(3);
    expect(normal.parameters.sd).toBeCloseTo(Math.SQRT2, 14);
    // Φ(−0.7071067811865476) = 0.23975006109347674 (tables: 0.2397500611); the sup is at x = 2 (and 4).
    expect(normal.ksStatistic).toBeCloseTo(0.4 - 0.23975006109347674, 12);
    expect(normal.ksPValue).toBeGreaterThan(0.9);
    expect(normal.ppPoints.map((p) => p.empirical)).toEqual([0.1, 0.3, 0.5, 0.7, 0.9]);
  });

  it("fits the demo child scenario's inherited fleet: every log of its equipment lines", async () => {
    const demo = await seedDemo(db, world.organisationId);
    const res = await getFits("?metric=cost", "viewer", demo.childScenarioId);
    expect(res.status).toBe(200);
    const { fits } = res.body as { fits: SeriesFits };
    expect(fits.count).toBeGreaterThanOrEqual(5);
    expect(fits.fits.map((f) => f.family).sort()).toEqual(["gamma", "lognormal", "normal", "pert", "triangular"]);
  });

  it("fits costs in their currency", async () => {
    const fits = await fitsOf(`?equipmentId=${lineB}&metric=cost`);
    expect([fits.unit, fits.summary.min, fits.summary.max]).toEqual(["USD", 1000, 1040]);
  });
});

describe("refusals", () => {
  it("answers 422 TOO_FEW_VALUES below 5 values, and for a type with no logs", async () => {
    for (const query of [`?equipmentId=${lineC}`, `?equipmentId=${lineB}&type=inspection`]) {
      const res = await getFits(query);
      expect(res.status).toBe(422);
      expect((res.body as { error: { code: string; message: string } }).error).toMatchObject({ code: "TOO_FEW_VALUES", message: expect.stringMatching(/at least 5/) });
    }
  });

  it("answers 422 MIXED_CURRENCIES for costs logged in two currencies (downtime is fine)", async () => {
    const res = await getFits(`?equipmentId=${lineD}&metric=cost`);
    expect([res.status, (res.body as { error: { code: string } }).error.code]).toEqual([422, "MIXED_CURRENCIES"]);
    expect((await getFits(`?equipmentId=${lineD}`)).status).toBe(200);
  });

  it("answers 400 with field errors for an unknown metric, source or a malformed equipment id", async () => {
    const res = await getFits("?metric=temperature&source=weather&equipmentId=nope");
    expect(res.status).toBe(400);
    const { fieldErrors } = (res.body as { error: { fieldErrors: Record<string, string[]> } }).error;
    expect(Object.keys(fieldErrors).sort()).toEqual(["equipmentId", "metric", "source"]);
  });
});

describe("use a fit as a variable", () => {
  async function postVariable(caller: Caller, distribution: unknown) {
    const body = { name: `Downtime ${caller}`, target: "opex_total", application: "factor", baseValue: 1, unit: "factor", distribution };
    return callRoute(parametersRoute.POST, "POST", `/api/scenarios/${scenarioId}/parameters`, { cookie: world.cookies[caller], params: { scenarioId }, body });
  }

  it("creates the parameter with the best fit's spec for a project manager; a viewer may read the fits but not create it", async () => {
    const fits = await fitsOf(`?equipmentId=${lineA}&type=preventive`);
    const best = fits.fits.find((f) => f.ok && f.rank === 1);
    if (!best?.ok) throw new Error("no fit");
    const spec = specAsFactor(best.spec as FactorSpec);
    expect((await postVariable("viewer", spec)).status).toBe(403);
    const created = await postVariable("project_manager", spec);
    expect(created.status).toBe(201);
    const [row] = await db.select().from(processParameters).where(eq(processParameters.name, "Downtime project_manager"));
    expect(row?.distribution).toEqual(spec);
    expect(createDistribution(spec).mean).toBeCloseTo(1, 12);
  });
});
