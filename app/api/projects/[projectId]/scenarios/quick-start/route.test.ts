import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as cashFlowRoute from "@/app/api/scenarios/[scenarioId]/cashflow/route";
import { auditLog, capexItems, opexItems, productionOutputs } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { CALLERS, countWrites, createApiWorld, expectedStatuses, insertProject, type ApiWorld } from "@/tests/support/scenario-api";
import * as quickStartRoute from "./route";

// Issue #15: a quick start creates a complete scenario in one step, units by the commodity, and its cash flow can
// be computed at once; bad figures are refused field by field and write nothing.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
});

const GRAMS_PER_TROY_OZ = 31.1034768;
const GOLD = {
  name: "Gold quick start",
  commodity: "gold",
  tonnageBasis: "per_year",
  oreProcessedT: 1_000_000,
  headGrade: 2,
  recoveryPct: 90,
  lifeYears: 6,
  initialCapex: 150_000_000,
  opexPerTonne: 35,
  metalPrice: 2000,
  discountRatePct: 5,
};

type Scenario = { id: string; isBaseCase: boolean; settings: Record<string, unknown> };
type CashFlow = { priceUnit: string; gradeUnit: string; rows: { period: number; oreProcessedT: number; payableMetalUnits: number; grossRevenue: number }[]; metrics: Record<string, unknown> };
type ErrorBody = { error: { code: string; fieldErrors?: Record<string, string[]> } };

const postAs = (cookie: string | undefined, projectId: string, body: unknown) =>
  callRoute(quickStartRoute.POST, "POST", "/x", { cookie, params: { projectId }, body });
const post = (projectId: string, body: unknown) => postAs(world.cookies.project_manager, projectId, body);

describe("POST /api/projects/{id}/scenarios/quick-start", () => {
  it("creates a gold scenario in troy ounces and g/t whose cash flow pays out ore × grade × recovery × payable at the price", async () => {
    const project = await insertProject(db, world.organisationId, { primaryCommodity: "gold", currency: "USD" });
    const res = await post(project.id, { ...GOLD, isBaseCase: true });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { scenario } = res.body as { scenario: Scenario };
    expect(res.headers.get("location")).toBe(`/api/scenarios/${scenario.id}`);
    expect(scenario.isBaseCase).toBe(true);
    expect(scenario.settings).toMatchObject({ metalPriceUnit: "oz", gradeUnit: "g_per_t", metalPrice: 2000, payablePct: 99.5, discountRatePct: 5, lifeYears: 6, constructionPeriods: 1, concentrateGradePct: null, treatmentChargePerDmt: null });

    const production = await db.select().from(productionOutputs).where(eq(productionOutputs.scenarioId, scenario.id));
    expect(production.map((row) => row.period).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await db.select().from(capexItems).where(eq(capexItems.scenarioId, scenario.id))).toMatchObject([{ amount: 150_000_000, spendPeriod: 0, kind: "initial" }]);
    expect(await db.select().from(opexItems).where(eq(opexItems.scenarioId, scenario.id))).toMatchObject([{ unitCost: 35, basis: "per_tonne_processed", startPeriod: 1 }]);
    // An audit row per record: the scenario, 6 production years, the capex and the opex item.
    expect(await db.select().from(auditLog).where(and(eq(auditLog.organisationId, world.organisationId), eq(auditLog.action, "create"), eq(auditLog.entityType, "production_output")))).toHaveLength(6);

    const cash = await callRoute(cashFlowRoute.GET, "GET", "/x", { cookie: world.cookies.viewer, params: { scenarioId: scenario.id } });
    expect(cash.status, JSON.stringify(cash.body)).toBe(200);
    const { cashFlow } = cash.body as { cashFlow: CashFlow };
    expect(cashFlow.rows).toHaveLength(7);
    const firstYear = cashFlow.rows[1];
    const payableOz = ((1_000_000 * 2 * 0.9) / GRAMS_PER_TROY_OZ) * 0.995;
    expect(firstYear?.payableMetalUnits).toBeCloseTo(payableOz, 2);
    expect(firstYear?.grossRevenue).toBeCloseTo(payableOz * 2000, 0);
    expect(cashFlow).toMatchObject({ priceUnit: "oz", gradeUnit: "g_per_t" });
    expect(cashFlow.metrics).toHaveProperty("npv");
  });

  it("spreads a total tonnage evenly over the life, and takes the commodity's price and the project's rate when omitted", async () => {
    const project = await insertProject(db, world.organisationId, { primaryCommodity: "copper", defaultDiscountRatePct: 7.5 });
    const { metalPrice: _p, discountRatePct: _r, ...rest } = GOLD;
    const res = await post(project.id, { ...rest, commodity: "copper", headGrade: 0.6, tonnageBasis: "total", oreProcessedT: 30_000_000 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { scenario } = res.body as { scenario: Scenario };
    expect(scenario.settings).toMatchObject({ metalPriceUnit: "lb", gradeUnit: "pct", metalPrice: 4, discountRatePct: 7.5, concentrateGradePct: 25, treatmentChargePerDmt: 80 });
    const production = await db.select().from(productionOutputs).where(eq(productionOutputs.scenarioId, scenario.id));
    expect(production.map((row) => row.oreProcessedT)).toEqual(Array(6).fill(5_000_000));
  });

  it("refuses bad figures with 400 and a plain message per field, and writes nothing", async () => {
    const project = await insertProject(db, world.organisationId, { primaryCommodity: "copper" });
    const before = await countWrites(db, world.organisationId);
    const bad = await post(project.id, { ...GOLD, name: " ", commodity: "tin", headGrade: 0, recoveryPct: 120, lifeYears: 2.5, opexPerTonne: -1, tonnageBasis: undefined });
    expect(bad.status).toBe(400);
    const { error } = bad.body as ErrorBody;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["commodity", "headGrade", "lifeYears", "name", "opexPerTonne", "recoveryPct", "tonnageBasis"]);
    expect(error.fieldErrors?.recoveryPct).toEqual(["A recovery cannot exceed 100 %"]);

    const tooRich = await post(project.id, { ...GOLD, commodity: "copper", headGrade: 150, oreProcessedT: 600_000_000 });
    expect(tooRich.status).toBe(400);
    expect((tooRich.body as ErrorBody).error.fieldErrors).toEqual({
      headGrade: ["A head grade cannot exceed 100 % (pure metal)"],
      oreProcessedT: ["More than 500,000,000 t of ore a year is not a real mine: check the figure"],
    });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it("answers 409 for a name the project already has, and writes nothing", async () => {
    const project = await insertProject(db, world.organisationId, { primaryCommodity: "gold" });
    expect((await post(project.id, GOLD)).status).toBe(201);
    const before = await countWrites(db, world.organisationId);
    const again = await post(project.id, GOLD);
    expect(again).toMatchObject({ status: 409, body: { error: { code: "SCENARIO_NAME_TAKEN", fieldErrors: { name: expect.any(Array) } } } });
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it.each(CALLERS)("as %s: project managers and admins create; a viewer or analyst 403, another organisation 404", async (caller) => {
    const project = await insertProject(db, world.organisationId, { primaryCommodity: "gold" });
    const before = await countWrites(db, world.organisationId);
    const res = await postAs(world.cookies[caller], project.id, GOLD);
    const expected = expectedStatuses("project_manager", 201)[caller];
    expect(res.status).toBe(expected);
    if (expected !== 201) expect(await countWrites(db, world.organisationId)).toEqual(before);
  });
});
