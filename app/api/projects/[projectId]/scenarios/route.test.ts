import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { COMMODITY_DEFAULTS } from "@/lib/domain/commodity-defaults";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { createApiWorld, insertProject, ROOT_SETTINGS, type ApiWorld } from "@/tests/support/scenario-api";
import * as projectScenariosRoute from "./route";

// Issue #15: a root created through the API without its revenue terms takes the project's commodity's
// (lib/domain/commodity-defaults), as the new-scenario form does; a value the request gives wins.

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
});

type Settings = Record<string, unknown>;
const REVENUE_TERMS = ["metalPrice", "metalPriceUnit", "gradeUnit", "payablePct", "concentrateGradePct", "treatmentChargePerDmt", "refiningChargePerUnit"] as const;
const withoutRevenueTerms: Settings = Object.fromEntries(Object.entries(ROOT_SETTINGS).filter(([key]) => !(REVENUE_TERMS as readonly string[]).includes(key)));

async function createRoot(commodity: string, body: Settings) {
  const project = await insertProject(db, world.organisationId, { primaryCommodity: commodity });
  const res = await callRoute(projectScenariosRoute.POST, "POST", "/x", { cookie: world.cookies.project_manager, params: { projectId: project.id }, body: { name: "Root", ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { scenario: { settings: Settings } }).scenario.settings;
}

describe("POST /api/projects/{id}/scenarios: commodity defaults", () => {
  it("gives a gold root left without revenue terms USD/oz, g/t, doré payable and no treatment charge", async () => {
    const settings = await createRoot("Gold", withoutRevenueTerms);
    expect(settings).toMatchObject({ metalPrice: 2300, metalPriceUnit: "oz", gradeUnit: "g_per_t", payablePct: 99.5, concentrateGradePct: null, treatmentChargePerDmt: null, refiningChargePerUnit: null });
  });

  it("gives a copper root USD/lb, % and its concentrate terms", async () => {
    const settings = await createRoot("Cu", withoutRevenueTerms);
    const { metalPriceUnit, gradeUnit, payablePct, concentrateGradePct, treatmentChargePerDmt, refiningChargePerUnit } = COMMODITY_DEFAULTS.copper ?? {};
    expect(settings).toMatchObject({ metalPriceUnit, gradeUnit, payablePct, concentrateGradePct, treatmentChargePerDmt, refiningChargePerUnit });
  });

  it("keeps the values a request gives, an optional term sent as null included, and fills only the rest", async () => {
    const settings = await createRoot("copper", { ...withoutRevenueTerms, metalPrice: 4.4, payablePct: 97, concentrateGradePct: null, metalPriceUnit: null });
    expect(settings).toMatchObject({ metalPrice: 4.4, payablePct: 97, concentrateGradePct: null, metalPriceUnit: "lb", gradeUnit: "pct", treatmentChargePerDmt: 80 });
  });
});
