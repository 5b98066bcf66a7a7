import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as cashFlowRoute from "@/app/api/scenarios/[scenarioId]/cashflow/route";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import {
  CALLERS,
  countWrites,
  createApiWorld,
  expectedStatuses,
  insertProject,
  insertScenario,
  seedDemo,
  type ApiWorld,
} from "@/tests/support/scenario-api";
import * as compareRoute from "./route";

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  demo = await seedDemo(db, world.organisationId);
});

// A caller given explicitly (undefined = anonymous); else the analyst / viewer.
const compare = (projectId: string, scenarioIds: string[], ...as: [string | undefined] | []) =>
  callRoute(compareRoute.POST, "POST", "/x", { cookie: as.length ? as[0] : world.cookies.analyst, params: { projectId }, body: { scenarioIds } });
const cashFlow = (scenarioId: string, ...as: [string | undefined] | []) =>
  callRoute(cashFlowRoute.GET, "GET", "/x", { cookie: as.length ? as[0] : world.cookies.viewer, params: { scenarioId } });

type Comparison = {
  comparison: {
    scenarios: { scenario: { id: string }; keyInputs: { capexTotal: number; metalPrice: number }; metrics: { npv: number; irr: unknown; breakEvenPrice: unknown } | null }[];
    differences: { path: string; values: unknown[] }[];
  };
};

describe("compare and cash flow: role matrix", () => {
  it.each(CALLERS)("POST /api/projects/{id}/scenarios/compare as %s", async (caller) => {
    const res = await compare(demo.projectId, [demo.baseScenarioId, demo.childScenarioId], world.cookies[caller]);
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it.each(CALLERS)("GET /api/scenarios/{id}/cashflow as %s", async (caller) => {
    const res = await cashFlow(demo.childScenarioId, world.cookies[caller]);
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });
});

describe("compare", () => {
  it("compares the demo base case and its child side by side, with the differences", async () => {
    const res = await compare(demo.projectId, [demo.baseScenarioId, demo.childScenarioId]);
    expect(res.status).toBe(200);
    const { comparison } = res.body as Comparison;
    const [base, child] = comparison.scenarios;
    expect(base?.scenario.id).toBe(demo.baseScenarioId);
    expect(base?.keyInputs.metalPrice).toBe(4.25);
    expect(child?.keyInputs.metalPrice).toBe(4.75);
    // The child removes the camp expansion and sells at a higher price: less capex, a better NPV.
    expect(child?.keyInputs.capexTotal).toBeLessThan(base?.keyInputs.capexTotal ?? 0);
    expect(child?.metrics?.npv).toBeGreaterThan(base?.metrics?.npv ?? Infinity);
    expect(base?.metrics).toMatchObject({ irr: expect.any(Object), breakEvenPrice: expect.any(Object) });
    const paths = comparison.differences.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["settings.metalPrice", "keyInputs.capexTotal", "keyInputs.oreProcessedTotalT"]));
    expect(paths).not.toContain("settings.currency");
    expect(comparison.differences.find((d) => d.path === "settings.metalPrice")?.values).toEqual([4.25, 4.75]);
  });

  it("answers 400 for fewer than 2, more than 6 or repeated ids", async () => {
    expect((await compare(demo.projectId, [demo.baseScenarioId])).status).toBe(400);
    expect((await compare(demo.projectId, [demo.baseScenarioId, demo.baseScenarioId])).status).toBe(400);
    const seven = Array.from({ length: 7 }, () => crypto.randomUUID());
    expect((await compare(demo.projectId, seven)).status).toBe(400);
  });

  it("refuses a scenario of another project with 422 SCENARIO_PROJECT_MISMATCH naming it", async () => {
    const other = await insertScenario(db, { projectId: (await insertProject(db, world.organisationId)).id, name: "Stranger" });
    const res = await compare(demo.projectId, [demo.baseScenarioId, other.id]);
    expect(res).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_PROJECT_MISMATCH", message: expect.stringContaining('"Stranger"') } } });
  });

  it("answers 404 for another organisation's scenario or an unknown id, never revealing which", async () => {
    const foreign = await insertScenario(db, { projectId: (await insertProject(db, world.otherOrganisationId)).id });
    const foreignRes = await compare(demo.projectId, [demo.baseScenarioId, foreign.id]);
    const unknownRes = await compare(demo.projectId, [demo.baseScenarioId, crypto.randomUUID()]);
    expect(foreignRes).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    expect(unknownRes.body).toEqual(foreignRes.body);
  });

  it("refuses archived scenarios, other currencies, disjoint timelines with stable codes", async () => {
    const project = await insertProject(db, world.organisationId);
    const a = await insertScenario(db, { projectId: project.id, name: "A", startYear: 2027, constructionPeriods: 2, lifeYears: 15 });
    const archived = await insertScenario(db, { projectId: project.id, name: "Old", status: "archived" });
    const euro = await insertScenario(db, { projectId: project.id, name: "Euro", parentScenarioId: a.id, currency: "EUR" });
    const late = await insertScenario(db, { projectId: project.id, name: "Late", parentScenarioId: a.id, startYear: 2045 });
    const touching = await insertScenario(db, { projectId: project.id, name: "Touching", parentScenarioId: a.id, startYear: 2044 });
    const codeOf = async (ids: string[]) => ((await compare(project.id, ids)).body as { error?: { code: string; message: string } }).error;
    expect(await codeOf([a.id, archived.id])).toMatchObject({ code: "SCENARIO_STATUS_INVALID", message: expect.stringContaining('"Old"') });
    expect(await codeOf([a.id, euro.id])).toMatchObject({ code: "SCENARIO_CURRENCY_MISMATCH", message: expect.stringContaining('"Euro" (EUR)') });
    expect(await codeOf([a.id, late.id])).toMatchObject({ code: "SCENARIO_TIMELINE_DISJOINT", message: expect.stringContaining('"Late" runs 2045–2061') });
    expect((await compare(project.id, [a.id, touching.id])).status).toBe(200);
  });

  // The commodity lives on the project, so scenarios of one project always share it: the API can only reach
  // SCENARIO_RESOURCE_MISMATCH through the rule itself (lib/scenarios/compare-rules.test.ts covers it).
});

describe("cash flow", () => {
  it("returns the engine's table, metrics and the capex and opex plans of the effective child", async () => {
    const res = await cashFlow(demo.childScenarioId);
    expect(res.status).toBe(200);
    const { cashFlow: body } = res.body as { cashFlow: { rows: { year: number }[]; metrics: { discountRatePct: number; npv: number }; capexPlan: { grandTotal: number; timeline: unknown[] }; opexPlan: { totalByPeriod: number[] }; currency: string } };
    expect(body.currency).toBe("USD");
    expect(body.rows).toHaveLength(17);
    expect(body.rows[0]?.year).toBe(2027);
    expect(body.metrics.discountRatePct).toBe(8);
    expect(Number.isFinite(body.metrics.npv)).toBe(true);
    expect(body.capexPlan.timeline).toHaveLength(17);
    expect(body.capexPlan.grandTotal).toBeGreaterThan(1e9);
    expect(body.opexPlan.totalByPeriod).toHaveLength(17);
  });

  it("answers 422 SCENARIO_INPUTS_INVALID with the engine's errors as field errors, writing nothing", async () => {
    const project = await insertProject(db, world.organisationId);
    const empty = await insertScenario(db, { projectId: project.id });
    const before = await countWrites(db, world.organisationId);
    const res = await cashFlow(empty.id);
    expect(res).toMatchObject({ status: 422, body: { error: { code: "SCENARIO_INPUTS_INVALID", fieldErrors: { "production.2": [expect.stringContaining("production_period_missing")] } } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });
});
