import { randomUUID } from "node:crypto";
import type {
  CapexItem,
  ConsumptionItem,
  Equipment,
  NewCapexItem,
  NewConsumptionItem,
  NewEquipment,
  NewOpexItem,
  NewProductionOutput,
  OpexItem,
  ProductionOutput,
} from "@/db/schema";
import { SCENARIO_SETTING_KEYS } from "@/db/schema";
import type { ScenarioSettings } from "@/db/queries/scenario-inheritance";
import { CONSUMPTION_ITEMS, FLEET, OPEX_ITEMS } from "@/db/seed-data/quebrada-azul-operations";
import { BASE_SCENARIO, capexItems, productionSchedule, PROJECT } from "@/db/seed-data/quebrada-azul";
import type { ModelSource } from "@/lib/scenarios/to-model-inputs";

// In-memory demo scenario (Quebrada Azul base case) as the database would return it, for pure tests of the
// mapping to engine inputs and of the comparison rules. Defaults mirror the columns' database defaults.

const SCENARIO_ID = "00000000-0000-4000-8000-000000000001";

function rowBase() {
  const now = new Date("2026-01-01T00:00:00Z");
  return { id: randomUUID(), scenarioId: SCENARIO_ID, lineageId: randomUUID(), createdAt: now, updatedAt: now };
}

/** Every setting null, then the given ones. */
export function buildSettings(values: Partial<ScenarioSettings>): ScenarioSettings {
  const settings = Object.fromEntries(SCENARIO_SETTING_KEYS.map((key) => [key, null])) as ScenarioSettings;
  return { ...settings, ...values };
}

const toProduction = (row: Omit<NewProductionOutput, "scenarioId">): ProductionOutput => ({ ...rowBase(), ...row });
const toCapex = (row: Omit<NewCapexItem, "scenarioId" | "currency">): CapexItem => ({
  ...rowBase(),
  description: null,
  contingencyPct: 0,
  ...row,
  currency: "USD",
});
const toOpex = (row: Omit<NewOpexItem, "scenarioId">): OpexItem => ({
  ...rowBase(),
  quantity: 1,
  endPeriod: null,
  escalationPct: 0,
  description: null,
  ...row,
});
const toConsumption = (row: Omit<NewConsumptionItem, "scenarioId">): ConsumptionItem => ({
  ...rowBase(),
  ratePerTonneProcessed: null,
  quantityPerPeriod: null,
  endPeriod: null,
  escalationPct: 0,
  ...row,
});
const toEquipment = (row: Omit<NewEquipment, "scenarioId">): Equipment => ({
  ...rowBase(),
  quantity: 1,
  purchasePeriod: 0,
  ...row,
});

/** The demo base case as a ModelSource. */
export function buildDemoModelSource(): ModelSource {
  const { name: _n, description: _d, status: _s, isBaseCase: _b, ...settings } = BASE_SCENARIO;
  return {
    commodity: PROJECT.primaryCommodity,
    settings: buildSettings(settings),
    rows: {
      production: productionSchedule().map(toProduction),
      capex: capexItems().map(toCapex),
      opex: OPEX_ITEMS.map(toOpex),
      consumption: CONSUMPTION_ITEMS.map(toConsumption),
      equipment: FLEET.map(toEquipment),
    },
  };
}
