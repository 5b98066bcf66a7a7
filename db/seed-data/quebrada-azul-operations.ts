import type { NewConsumptionItem, NewEquipment, NewOpexItem, NewProcessParameter } from "../schema";
import { CONSTRUCTION_PERIODS } from "./quebrada-azul";

// Operating inputs of the Quebrada Azul base case. Costs in USD (real); periods are project years and a
// NULL end period runs to the end of the mine life.

const FIRST_PRODUCTION_PERIOD = CONSTRUCTION_PERIODS;
type Row<T> = Omit<T, "scenarioId">;

export const OPEX_ITEMS: Row<NewOpexItem>[] = [
  {
    // Labour, blasting, tyres and parts; diesel and fleet operating hours are costed separately.
    name: "Load and haul",
    category: "mining",
    basis: "per_tonne_mined",
    unitCost: 1.45,
    quantity: 1,
    startPeriod: FIRST_PRODUCTION_PERIOD,
    escalationPct: 1,
  },
  {
    // Labour and maintenance only: power, grinding media and reagents are consumption items.
    name: "Concentrator operation",
    category: "processing",
    basis: "per_tonne_processed",
    unitCost: 3.2,
    quantity: 1,
    startPeriod: FIRST_PRODUCTION_PERIOD,
  },
  {
    name: "Concentrate trucking and port",
    category: "transport",
    basis: "per_tonne_processed",
    unitCost: 1.15,
    quantity: 1,
    startPeriod: FIRST_PRODUCTION_PERIOD,
  },
  {
    name: "Site general and administration",
    category: "g_and_a",
    basis: "fixed_per_period",
    unitCost: 18_000_000,
    quantity: 1,
    startPeriod: FIRST_PRODUCTION_PERIOD,
  },
  {
    name: "Camp services contract",
    category: "g_and_a",
    basis: "monthly",
    unitCost: 650_000,
    quantity: 1,
    startPeriod: 0,
  },
  {
    name: "Security contract",
    category: "g_and_a",
    basis: "weekly",
    unitCost: 38_000,
    quantity: 1,
    startPeriod: 0,
  },
  {
    name: "Water treatment plant",
    category: "processing",
    basis: "daily",
    unitCost: 9_500,
    quantity: 1,
    startPeriod: FIRST_PRODUCTION_PERIOD,
  },
  {
    name: "Environmental monitoring",
    category: "other",
    basis: "quarterly",
    unitCost: 120_000,
    quantity: 1,
    startPeriod: 0,
  },
  {
    name: "Insurance",
    category: "other",
    basis: "annually",
    unitCost: 4_500_000,
    quantity: 1,
    startPeriod: 0,
  },
];

const fromProduction = { startPeriod: FIRST_PRODUCTION_PERIOD };
export const CONSUMPTION_ITEMS: Row<NewConsumptionItem>[] = [
  {
    resourceType: "reagent",
    name: "Lime",
    unit: "kg",
    ratePerTonneProcessed: 0.9,
    unitPrice: 0.16,
    ...fromProduction,
  },
  {
    resourceType: "reagent",
    name: "Collector (PAX)",
    unit: "kg",
    ratePerTonneProcessed: 0.025,
    unitPrice: 2.8,
    ...fromProduction,
  },
  {
    resourceType: "reagent",
    name: "Frother (MIBC)",
    unit: "kg",
    ratePerTonneProcessed: 0.02,
    unitPrice: 3.1,
    ...fromProduction,
  },
  {
    resourceType: "fuel",
    name: "Diesel (mining fleet)",
    unit: "L",
    // 18 trucks × ~6,000 h × ~170 L/h plus shovels' and ancillaries' share: ~22 ML a year.
    quantityPerPeriod: 22_000_000,
    unitPrice: 0.95,
    ...fromProduction,
  },
  {
    resourceType: "water",
    name: "Fresh water make-up",
    unit: "m3",
    ratePerTonneProcessed: 0.45,
    unitPrice: 0.9,
    ...fromProduction,
  },
  {
    resourceType: "power",
    name: "Grid power",
    unit: "kWh",
    ratePerTonneProcessed: 22,
    unitPrice: 0.085,
    ...fromProduction,
  },
  {
    resourceType: "grinding_media",
    name: "SAG mill balls",
    unit: "kg",
    ratePerTonneProcessed: 0.45,
    unitPrice: 1.25,
    ...fromProduction,
  },
  {
    resourceType: "grinding_media",
    name: "Ball mill balls",
    unit: "kg",
    ratePerTonneProcessed: 0.55,
    unitPrice: 1.3,
    ...fromProduction,
  },
];

/** Bought in the second construction year (pre-strip); replaced every life_years by the engine. */
export const FLEET: Row<NewEquipment>[] = [
  {
    name: "Haul truck, 227 t",
    equipmentType: "haul_truck",
    quantity: 18,
    purchaseCost: 5_200_000,
    operatingCostPerHour: 185,
    purchasePeriod: 1,
    hoursPerYear: 6000,
    lifeYears: 10,
    availabilityPct: 88,
  },
  {
    name: "Electric rope shovel, 56 m3",
    equipmentType: "shovel",
    quantity: 3,
    purchaseCost: 24_000_000,
    operatingCostPerHour: 420,
    purchasePeriod: 1,
    hoursPerYear: 6500,
    lifeYears: 20,
    availabilityPct: 85,
  },
  {
    name: "Rotary blasthole drill",
    equipmentType: "drill",
    quantity: 4,
    purchaseCost: 4_500_000,
    operatingCostPerHour: 210,
    purchasePeriod: 1,
    hoursPerYear: 5500,
    lifeYears: 12,
    availabilityPct: 85,
  },
  {
    name: "Track dozer",
    equipmentType: "dozer",
    quantity: 4,
    purchaseCost: 1_900_000,
    operatingCostPerHour: 140,
    purchasePeriod: 1,
    hoursPerYear: 5000,
    lifeYears: 8,
    availabilityPct: 83,
  },
  {
    name: "Motor grader",
    equipmentType: "grader",
    quantity: 2,
    purchaseCost: 1_200_000,
    operatingCostPerHour: 95,
    purchasePeriod: 1,
    hoursPerYear: 4500,
    lifeYears: 10,
    availabilityPct: 86,
  },
];

export const COPPER_PRICE = "Copper price";
export const OPEX_FACTOR = "Opex factor";
export const CAPEX_FACTOR = "Capex factor";

/** The stochastic inputs; distributions in the engine's spec format (lib/engine/distributions). */
export const PARAMETERS: Row<NewProcessParameter>[] = [
  {
    name: COPPER_PRICE,
    target: "price",
    application: "absolute",
    baseValue: 4.25,
    unit: "USD/lb",
    distribution: { type: "pert", min: 3.4, mode: 4.25, max: 5.4 },
    description: "Long-term copper price",
  },
  {
    name: "Head grade factor",
    target: "head_grade",
    application: "factor",
    baseValue: 1,
    unit: "factor",
    distribution: { type: "normal", mean: 1, sd: 0.07 },
    description: "Reconciliation of the block model",
  },
  {
    name: "Recovery",
    target: "recovery",
    application: "absolute",
    baseValue: 87.5,
    unit: "%",
    distribution: { type: "triangular", min: 84, mode: 87.5, max: 90 },
    description: "Flotation recovery from the pilot-plant campaign",
  },
  {
    name: OPEX_FACTOR,
    target: "opex_total",
    application: "factor",
    baseValue: 1,
    unit: "factor",
    distribution: { type: "pert", min: 0.9, mode: 1, max: 1.25 },
  },
  {
    name: CAPEX_FACTOR,
    target: "capex_total",
    application: "factor",
    baseValue: 1,
    unit: "factor",
    distribution: { type: "pert", min: 0.95, mode: 1.05, max: 1.35 },
    description: "Capital cost overrun (a feasibility estimate of ±15 %)",
  },
];

/** Opex and capex overrun together (shared labour and contractor markets). */
export const CORRELATIONS: ReadonlyArray<{ a: string; b: string; coefficient: number }> = [
  { a: OPEX_FACTOR, b: CAPEX_FACTOR, coefficient: 0.5 },
];
