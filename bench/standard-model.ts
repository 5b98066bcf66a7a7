/**
 * The benchmark's standard model: a 3 + 20-year open-pit copper mine (concentrate, NSR royalty, tax
 * with loss carry-forward, working capital) with 30 stochastic variables and four rank correlations.
 */
import type { ScenarioModelInputs } from "../lib/engine/model";
import type { MonteCarloSpec, MonteCarloVariable } from "../lib/engine/monte-carlo";

const YEARS = 20;
const ramp = (full: number, first: number): number[] => Array.from({ length: YEARS }, (_, i) => (i === 0 ? first : i === YEARS - 1 ? full * 0.7 : full));

function buildInputs(): ScenarioModelInputs {
  const opex = (id: string, category: string, basis: ScenarioModelInputs["opexItems"][number]["basis"], unitCost: number, quantity = 1, escalationPctPerYear = 0) =>
    ({ id, name: id, category, basis, unitCost, quantity, escalationPctPerYear });
  const capex = (id: string, category: ScenarioModelInputs["capexItems"][number]["category"], kind: "initial" | "sustaining", amount: number, spendPeriod: number) =>
    ({ id, name: id, category, kind, amount, spendPeriod, contingencyPct: 12 });
  return {
    currency: "USD",
    timeline: { startYear: 2027, constructionPeriods: 3, productionPeriods: YEARS },
    production: {
      oreMinedT: ramp(12_000_000, 8_000_000),
      wasteMinedT: ramp(30_000_000, 36_000_000),
      oreProcessedT: ramp(12_000_000, 8_000_000),
      headGrade: Array.from({ length: YEARS }, (_, i) => 0.62 - i * 0.006),
      recoveryPct: Array.from({ length: YEARS }, (_, i) => (i === 0 ? 84 : 88.5)),
    },
    commodity: { name: "copper", gradeUnit: "pct", priceUnit: "lb", priceCurrency: "USD", price: 4.5, fxRate: 1 },
    smelter: { payablePct: 96.5, refiningChargePerUnit: 0.08, premiumPerUnit: 0, concentrate: { gradePct: 26, treatmentChargePerDmt: 80, moisturePct: 8 } },
    royalties: { nsrPct: 2.5, grossRevenuePct: 0, perUnitProduced: 0, minimumPerPeriod: 0 },
    opexItems: [
      opex("drill-blast", "mining", "per_tonne_mined", 0.55),
      opex("load-haul", "mining", "per_tonne_mined", 1.35, 1, 0.5),
      opex("mine-services", "mining", "per_tonne_mined", 0.3),
      opex("crushing", "processing", "per_tonne_processed", 1.1),
      opex("milling", "processing", "per_tonne_processed", 3.9),
      opex("flotation", "processing", "per_tonne_processed", 1.6),
      opex("tailings", "processing", "per_tonne_processed", 0.45),
      opex("g-and-a", "g_and_a", "monthly", 1_400_000),
    ],
    consumptionItems: [
      { id: "reagents", resourceType: "reagent", unit: "kg", ratePerTonneProcessed: 0.9, unitPrice: 1.8 },
      { id: "diesel", resourceType: "fuel", unit: "L", ratePerTonneProcessed: 2.2, unitPrice: 1.05 },
      { id: "power", resourceType: "power", unit: "kWh", ratePerTonneProcessed: 24, unitPrice: 0.085 },
      { id: "water", resourceType: "water", unit: "m3", ratePerTonneProcessed: 0.6, unitPrice: 0.5 },
      { id: "balls", resourceType: "grinding_media", unit: "kg", ratePerTonneProcessed: 0.7, unitPrice: 1.3 },
    ],
    equipment: [],
    capexItems: [
      capex("plant", "infrastructure", "initial", 620_000_000, 1),
      capex("mine-fleet", "equipment", "initial", 240_000_000, 2),
      capex("infrastructure", "infrastructure", "initial", 180_000_000, 0),
      capex("prestrip", "development", "initial", 90_000_000, 2),
      capex("tsf", "infrastructure", "initial", 110_000_000, 1),
      capex("owner-costs", "other", "initial", 60_000_000, 0),
      capex("fleet-rebuild", "equipment", "sustaining", 150_000_000, 12),
    ],
    closure: { closureCost: 80_000_000, salvageValue: 20_000_000 },
    economics: { terms: "real", inflationPct: 0, discountRatePct: 8, discounting: "end", irrMinRatePct: -50 },
    tax: { incomeTaxRatePct: 30, depreciation: { method: "straight_line", lifeYears: 8 }, lossCarryForward: true },
    workingCapital: { receivableDays: 30, payableDays: 45 },
  };
}

type Dist = MonteCarloVariable["distribution"];
const tri = (min: number, mode: number, max: number): Dist => ({ type: "triangular", min, mode, max });
const pert = (min: number, mode: number, max: number): Dist => ({ type: "pert", min, mode, max });
const normal = (mean: number, sd: number): Dist => ({ type: "normal", mean, sd });
const factor = (id: string, distribution: Dist, target: MonteCarloVariable["override"]["target"], ref?: string): MonteCarloVariable =>
  ({ id, name: id, distribution, override: { target, mode: "factor", scope: "per_iteration", ...(ref === undefined ? {} : { ref }) } });
const absolute = (id: string, distribution: Dist, target: MonteCarloVariable["override"]["target"], ref?: string): MonteCarloVariable =>
  ({ id, name: id, distribution, override: { target, mode: "absolute", scope: "per_iteration", ...(ref === undefined ? {} : { ref }) } });

/** 30 variables: price, geology and metallurgy, smelter terms, fx, 8 opex items, 5 consumables, 7 capex items, closure. */
export const STANDARD_VARIABLES: MonteCarloVariable[] = [
  absolute("copper-price", { type: "lognormal-mean-sd", mean: 4.5, sd: 0.8 }, "price"),
  factor("head-grade", normal(1, 0.06), "head_grade"),
  factor("recovery", tri(0.95, 1, 1.03), "recovery"),
  factor("throughput", normal(1, 0.04), "ore_processed"),
  factor("payable", tri(0.985, 1, 1.005), "payable"),
  factor("fx", normal(1, 0.05), "fx_rate"),
  absolute("treatment-charge", tri(55, 80, 120), "treatment_charge"),
  absolute("refining-charge", tri(0.05, 0.08, 0.12), "refining_charge"),
  absolute("nsr-royalty", { type: "uniform", min: 2, max: 3 }, "nsr_royalty_rate"),
  factor("drill-blast", pert(0.9, 1, 1.3), "opex_item", "drill-blast"),
  factor("load-haul", pert(0.9, 1, 1.35), "opex_item", "load-haul"),
  factor("mine-services", tri(0.9, 1, 1.2), "opex_item", "mine-services"),
  factor("crushing", tri(0.9, 1, 1.2), "opex_item", "crushing"),
  factor("milling", pert(0.85, 1, 1.3), "opex_item", "milling"),
  factor("flotation", tri(0.9, 1, 1.25), "opex_item", "flotation"),
  factor("tailings", tri(0.9, 1, 1.3), "opex_item", "tailings"),
  factor("g-and-a", normal(1, 0.05), "opex_item", "g-and-a"),
  factor("reagent-price", tri(0.8, 1, 1.3), "consumption_price", "reagent"),
  factor("diesel-price", { type: "lognormal-mean-sd", mean: 1, sd: 0.15 }, "consumption_price", "fuel"),
  factor("power-price", { type: "lognormal-mean-sd", mean: 1, sd: 0.12 }, "consumption_price", "power"),
  factor("water-price", tri(0.9, 1, 1.2), "consumption_price", "water"),
  factor("media-price", pert(0.85, 1, 1.25), "consumption_price", "grinding_media"),
  factor("plant-capex", pert(0.9, 1, 1.4), "capex_item", "plant"),
  factor("fleet-capex", tri(0.95, 1, 1.15), "capex_item", "mine-fleet"),
  factor("infrastructure-capex", pert(0.9, 1, 1.5), "capex_item", "infrastructure"),
  factor("prestrip-capex", tri(0.85, 1, 1.3), "capex_item", "prestrip"),
  factor("tsf-capex", pert(0.9, 1, 1.35), "capex_item", "tsf"),
  factor("owner-capex", normal(1, 0.08), "capex_item", "owner-costs"),
  factor("rebuild-capex", tri(0.8, 1, 1.3), "capex_item", "fleet-rebuild"),
  absolute("closure-cost", tri(60_000_000, 80_000_000, 130_000_000), "closure_cost"),
];

export function buildStandardSpec(iterations: number, seed = 20260601): MonteCarloSpec {
  return {
    inputs: buildInputs(),
    variables: STANDARD_VARIABLES,
    correlations: [
      { a: "copper-price", b: "fx", rho: -0.3 },
      { a: "head-grade", b: "recovery", rho: 0.4 },
      { a: "diesel-price", b: "power-price", rho: 0.5 },
      { a: "drill-blast", b: "load-haul", rho: 0.6 },
    ],
    iterations,
    seed,
    sampler: "monte-carlo",
    metrics: ["npv", "irr", "payback"],
  };
}
