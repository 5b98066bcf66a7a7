import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import {
  auditLog,
  capexItems,
  consumptionActuals,
  consumptionItems,
  equipment,
  maintenanceLogs,
  parameterCorrelations,
  priceDeckPrices,
  priceDecks,
  processParameters,
  productionOutputs,
  projects,
  scenarioProducts,
  scenarioRowRemovals,
  scenarios,
  simulationResults,
  simulationRuns,
  opexItems,
  type NewAuditLogEntry,
  type NewCapexItem,
  type NewConsumptionActual,
  type NewConsumptionItem,
  type NewEquipment,
  type NewMaintenanceLog,
  type NewOpexItem,
  type NewParameterCorrelation,
  type NewPriceDeck,
  type NewPriceDeckPrice,
  type NewProcessParameter,
  type NewProductionOutput,
  type NewScenarioProduct,
  type NewProject,
  type NewScenario,
  type NewScenarioRowRemoval,
  type NewSimulationResult,
  type NewSimulationRun,
} from "@/db/schema";
import { ROOT_SETTINGS, uniqueName } from "./fixtures";

/** The rows every insert helper hangs its row from. */
export type Ctx = {
  db: Db;
  organisationId: string;
  userId: string;
  projectId: string;
  rootScenarioId: string;
  equipmentId: string;
  runId: string;
  /** A price deck of the organisation. */
  deckId: string;
};

let year = 1950;

let period = 0;
/** Two lineage ids in the order parameter_correlations requires (a < b, compared as uuids). */
function orderedPair(): [string, string] {
  const [a, b] = [randomUUID(), randomUUID()].sort();
  return [a ?? "", b ?? ""];
}

// One insert per table: a valid row, with `o` overriding columns to make it invalid.
export const insert = {
  project: (c: Ctx, o: Partial<NewProject> = {}) =>
    c.db.insert(projects).values({
      organisationId: c.organisationId,
      name: uniqueName("Project"),
      operationType: "open_pit",
      primaryCommodity: "copper",
      currency: "USD",
      defaultDiscountRatePct: 8,
      createdBy: c.userId,
      ...o,
    }),
  rootScenario: (c: Ctx, o: Partial<NewScenario> = {}) =>
    c.db
      .insert(scenarios)
      .values({ projectId: c.projectId, name: uniqueName("Root"), ...ROOT_SETTINGS, ...o }),
  childScenario: (c: Ctx, o: Partial<NewScenario> = {}) =>
    c.db.insert(scenarios).values({
      projectId: c.projectId,
      parentScenarioId: c.rootScenarioId,
      name: uniqueName("Child"),
      ...o,
    }),
  priceDeck: (c: Ctx, o: Partial<NewPriceDeck> = {}) =>
    c.db.insert(priceDecks).values({
      organisationId: c.organisationId,
      name: uniqueName("Consensus"),
      commodity: "copper",
      priceUnit: "lb",
      currency: "USD",
      longTermPrice: 3.8,
      ...o,
    }),
  priceDeckPrice: (c: Ctx, o: Partial<NewPriceDeckPrice> = {}) => {
    year += 1;
    return c.db.insert(priceDeckPrices).values({ deckId: c.deckId, year, price: 4.25, ...o });
  },
  parameter: (c: Ctx, o: Partial<NewProcessParameter> = {}) =>
    c.db.insert(processParameters).values({
      scenarioId: c.rootScenarioId,
      name: uniqueName("Copper price"),
      target: "price",
      baseValue: 4,
      unit: "USD/lb",
      distribution: { type: "pert", min: 3.2, mode: 4, max: 5.2 },
      ...o,
    }),
  correlation: (c: Ctx, o: Partial<NewParameterCorrelation> = {}) => {
    const [a, b] = orderedPair();
    return c.db.insert(parameterCorrelations).values({
      scenarioId: c.rootScenarioId,
      parameterALineageId: a,
      parameterBLineageId: b,
      coefficient: 0.5,
      ...o,
    });
  },
  production: (c: Ctx, o: Partial<NewProductionOutput> = {}) => {
    period += 1;
    return c.db.insert(productionOutputs).values({
      scenarioId: c.rootScenarioId,
      period,
      oreMinedT: 10_000_000,
      wasteMinedT: 25_000_000,
      oreProcessedT: 9_500_000,
      headGrade: 0.52,
      recoveryPct: 87.5,
      ...o,
    });
  },
  capex: (c: Ctx, o: Partial<NewCapexItem> = {}) =>
    c.db.insert(capexItems).values({
      scenarioId: c.rootScenarioId,
      name: uniqueName("Concentrator"),
      category: "infrastructure",
      kind: "initial",
      amount: 350_000_000,
      currency: "USD",
      spendPeriod: 0,
      contingencyPct: 15,
      ...o,
    }),
  opex: (c: Ctx, o: Partial<NewOpexItem> = {}) =>
    c.db.insert(opexItems).values({
      scenarioId: c.rootScenarioId,
      name: uniqueName("Mining"),
      category: "mining",
      basis: "per_tonne_mined",
      unitCost: 2.1,
      startPeriod: 2,
      endPeriod: 16,
      ...o,
    }),
  consumption: (c: Ctx, o: Partial<NewConsumptionItem> = {}) =>
    c.db.insert(consumptionItems).values({
      scenarioId: c.rootScenarioId,
      resourceType: "power",
      name: uniqueName("Grid power"),
      unit: "kWh",
      ratePerTonneProcessed: 18,
      unitPrice: 0.085,
      startPeriod: 2,
      ...o,
    }),
  product: (c: Ctx, o: Partial<NewScenarioProduct> = {}) =>
    c.db.insert(scenarioProducts).values({
      scenarioId: c.rootScenarioId,
      name: uniqueName("Gold"),
      role: "by_product",
      gradeUnit: "g_per_t",
      priceUnit: "oz",
      price: 2000,
      headGrade: 0.5,
      recoveryPct: 70,
      payablePct: 90,
      ...o,
    }),
  equipment: (c: Ctx, o: Partial<NewEquipment> = {}) =>
    c.db.insert(equipment).values({
      scenarioId: c.rootScenarioId,
      name: uniqueName("Shovel"),
      equipmentType: "shovel",
      quantity: 3,
      purchaseCost: 18_000_000,
      operatingCostPerHour: 600,
      hoursPerYear: 6500,
      lifeYears: 20,
      availabilityPct: 85,
      ...o,
    }),
  maintenance: (c: Ctx, o: Partial<NewMaintenanceLog> = {}) =>
    c.db.insert(maintenanceLogs).values({
      equipmentId: c.equipmentId,
      performedOn: "2028-03-14",
      type: "preventive",
      downtimeHours: 12,
      cost: 8_500.25,
      currency: "USD",
      createdBy: c.userId,
      ...o,
    }),
  /** An actual on a consumption item made for it (the context names no item). */
  consumptionActual: async (c: Ctx, o: Partial<NewConsumptionActual> = {}) => {
    const [item] = await insert.consumption(c).returning({ id: consumptionItems.id });
    return c.db.insert(consumptionActuals).values({
      consumptionItemId: item?.id ?? "",
      periodStart: "2028-03-01",
      quantity: 1_250.5,
      unitCost: 0.085,
      currency: "USD",
      createdBy: c.userId,
      ...o,
    });
  },
  removal: (c: Ctx, o: Partial<NewScenarioRowRemoval> = {}) =>
    c.db.insert(scenarioRowRemovals).values({
      scenarioId: c.rootScenarioId,
      entity: "capex",
      lineageId: randomUUID(),
      ...o,
    }),
  run: (c: Ctx, o: Partial<NewSimulationRun> = {}) =>
    c.db.insert(simulationRuns).values({
      scenarioId: c.rootScenarioId,
      organisationId: c.organisationId,
      createdBy: c.userId,
      iterations: 10_000,
      sampler: "latin_hypercube",
      seed: 20_270_101,
      engineVersion: "0.1.0",
      manifest: { scenario: "x" },
      inputHash: "0f3a",
      options: { metrics: ["npv", "irr"], percentiles: [5, 50, 95] },
      ...o,
    }),
  result: (c: Ctx, o: Partial<NewSimulationResult> = {}) =>
    c.db.insert(simulationResults).values({
      runId: c.runId,
      metric: uniqueName("npv"),
      statistics: {
        count: 10,
        nonFiniteCount: 0,
        mean: 1,
        sd: 0.1,
        min: 0.8,
        max: 1.2,
        percentiles: { p50: 1 },
      },
      histogram: { edges: [0, 1, 2], counts: [4, 6] },
      rawSamples: new Uint8Array(new Float64Array([1, 2]).buffer),
      ...o,
    }),
  audit: (c: Ctx, o: Partial<NewAuditLogEntry> = {}) =>
    c.db.insert(auditLog).values({
      organisationId: c.organisationId,
      userId: c.userId,
      action: "update",
      entityType: "project",
      entityId: c.projectId,
      before: { name: "Old" },
      after: { name: "New" },
      ...o,
    }),
};

export type InsertKind = keyof typeof insert;
