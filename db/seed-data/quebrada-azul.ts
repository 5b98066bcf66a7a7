import type { NewCapexItem, NewProductionOutput, NewProject, NewScenario } from "../schema";

// Quebrada Azul Copper: a fictional open-pit copper-concentrate project (the demo data). Figures are
// plausible for a 12 Mt/yr porphyry copper mine, not those of any real operation. Periods are project years:
// 0–1 construction, 2–16 production (2029–2043). Money in USD, real terms.

export const CONSTRUCTION_PERIODS = 2;
export const PRODUCTION_YEARS = 15;

export const PROJECT = {
  name: "Quebrada Azul Copper",
  location: "Atacama Region, Chile (fictional)",
  operationType: "open_pit",
  primaryCommodity: "copper",
  currency: "USD",
  defaultDiscountRatePct: 8,
  description:
    "Greenfield open-pit copper mine with a 12 Mt/yr SAG-ball mill-flotation concentrator producing a 26 % Cu concentrate.",
} as const satisfies Omit<NewProject, "organisationId">;

export const BASE_SCENARIO = {
  name: "Base case (feasibility study)",
  description: "Feasibility-study case: 15-year life, consensus long-term copper price.",
  status: "active",
  isBaseCase: true,
  startYear: 2027,
  lifeYears: PRODUCTION_YEARS,
  constructionPeriods: CONSTRUCTION_PERIODS,
  currency: "USD",
  discountRatePct: 8,
  discounting: "end_of_period",
  incomeTaxRatePct: 30,
  royaltyType: "nsr",
  royaltyRatePct: 3,
  depreciationMethod: "straight_line",
  depreciationLifeYears: 8,
  taxLossCarryForward: true,
  receivableDays: 30,
  payableDays: 45,
  closureCost: 45_000_000,
  salvageValue: 10_000_000,
  inflationPct: 0,
  terms: "real",
  metalPrice: 4.25,
  metalPriceUnit: "lb",
  priceCurrency: "USD",
  fxRate: 1,
  gradeUnit: "pct",
  payablePct: 96.5,
  concentrateGradePct: 26,
  treatmentChargePerDmt: 80,
  refiningChargePerUnit: 0.08,
  premiumPerUnit: 0,
  concentrateMoisturePct: 8,
  moisturePenaltyThresholdPct: 10,
  moisturePenaltyPerDmtPerPct: 2,
  impurityContentPct: 0.25,
  impurityPenaltyThresholdPct: 0.2,
  impurityPenaltyPerDmtPerPct: 30,
} as const satisfies Omit<NewScenario, "projectId">;

export const CHILD_SCENARIO = {
  name: "Higher price, faster ramp-up",
  description:
    "Copper at 4.75 USD/lb, concentrator at nameplate one year earlier, contractor camp instead of our own.",
  status: "draft",
  metalPrice: 4.75,
} as const satisfies Omit<NewScenario, "projectId" | "parentScenarioId">;

const MT = 1_000_000;
/** Ore processed in production years 1–3 (ramp-up), then nameplate 12 Mt/yr. */
const RAMP_UP_PROCESSED_MT = [8, 10, 11.5];

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** One production row: ore mined runs ahead of the plant in ramp-up (stockpile) and is reclaimed at the end. */
function productionYear(year: number): Omit<NewProductionOutput, "scenarioId"> {
  const processedMt = RAMP_UP_PROCESSED_MT[year] ?? 12;
  const stockpileMt = year < 3 ? 0.5 : year >= PRODUCTION_YEARS - 3 ? -0.5 : 0;
  return {
    period: CONSTRUCTION_PERIODS + year,
    oreMinedT: round((processedMt + stockpileMt) * MT, 0),
    wasteMinedT: round((30 - (10 * year) / (PRODUCTION_YEARS - 1)) * MT, -5),
    oreProcessedT: processedMt * MT,
    headGrade: round(0.68 - (0.18 * year) / (PRODUCTION_YEARS - 1), 3),
    recoveryPct: year === 0 ? 86 : year === 1 ? 87.5 : year < 11 ? 89 : 88.5,
  };
}

/** Construction years (period 1 pre-strips 12 Mt of waste) then 15 production years. */
export function productionSchedule(): Omit<NewProductionOutput, "scenarioId">[] {
  const construction = [0, 12 * MT].map((wasteMinedT, period) => ({
    period,
    oreMinedT: 0,
    wasteMinedT,
    oreProcessedT: 0,
    headGrade: 0,
    recoveryPct: 0,
  }));
  return [...construction, ...Array.from({ length: PRODUCTION_YEARS }, (_, year) => productionYear(year))];
}

/** The child's faster ramp-up: nameplate is reached in production year 2 (periods 2 and 3 change). */
export const CHILD_PRODUCTION_OVERRIDES: ReadonlyArray<{
  period: number;
  oreProcessedT: number;
  oreMinedT: number;
}> = [
  { period: 2, oreProcessedT: 10 * MT, oreMinedT: 10.5 * MT },
  { period: 3, oreProcessedT: 12 * MT, oreMinedT: 12.5 * MT },
];

type CapexRow = Omit<NewCapexItem, "scenarioId" | "currency">;
/** Removed by the child scenario (contractor camp). */
export const CAMP_EXPANSION = "Construction camp expansion";

const INITIAL_CAPEX: CapexRow[] = [
  {
    name: "Surface rights and easements",
    category: "land",
    kind: "initial",
    amount: 25 * MT,
    spendPeriod: 0,
    contingencyPct: 5,
  },
  {
    name: "Access road, power line and substation",
    category: "infrastructure",
    kind: "initial",
    amount: 140 * MT,
    spendPeriod: 0,
    contingencyPct: 15,
  },
  {
    name: "Concentrator civils and structural",
    category: "infrastructure",
    kind: "initial",
    amount: 180 * MT,
    spendPeriod: 0,
    contingencyPct: 15,
  },
  {
    name: "Tailings storage facility starter dam",
    category: "infrastructure",
    kind: "initial",
    amount: 60 * MT,
    spendPeriod: 0,
    contingencyPct: 20,
  },
  {
    name: "Owner's costs and EPCM (year 1)",
    category: "other",
    kind: "initial",
    amount: 45 * MT,
    spendPeriod: 0,
    contingencyPct: 10,
  },
  {
    name: "Concentrator mechanical and electrical",
    category: "equipment",
    kind: "initial",
    amount: 240 * MT,
    spendPeriod: 1,
    contingencyPct: 12,
  },
  {
    name: "Pre-strip and mine development",
    category: "development",
    kind: "initial",
    amount: 95 * MT,
    spendPeriod: 1,
    contingencyPct: 15,
  },
  {
    name: "Tailings dam first raise",
    category: "infrastructure",
    kind: "initial",
    amount: 45 * MT,
    spendPeriod: 1,
    contingencyPct: 20,
  },
  {
    name: "Water supply pipeline",
    category: "infrastructure",
    kind: "initial",
    amount: 55 * MT,
    spendPeriod: 1,
    contingencyPct: 15,
  },
  {
    name: CAMP_EXPANSION,
    category: "infrastructure",
    kind: "initial",
    amount: 18 * MT,
    spendPeriod: 1,
    contingencyPct: 10,
  },
  {
    name: "Owner's costs and EPCM (year 2)",
    category: "other",
    kind: "initial",
    amount: 40 * MT,
    spendPeriod: 1,
    contingencyPct: 10,
  },
];

/**
 * Initial capital of about 0.94 billion USD before contingency (1.07 billion with it) in the two construction
 * years, sustaining capital every production year after the first and tailings raises every third year. The
 * mining fleet's purchase and replacements come from the equipment table, not from capex rows.
 */
export function capexItems(): CapexRow[] {
  const sustaining: CapexRow[] = [];
  for (let period = CONSTRUCTION_PERIODS + 1; period < CONSTRUCTION_PERIODS + PRODUCTION_YEARS; period += 1) {
    sustaining.push({
      name: `Sustaining capital, period ${period}`,
      category: "equipment",
      kind: "sustaining",
      amount: 18 * MT,
      spendPeriod: period,
      contingencyPct: 10,
    });
    if (period % 3 === 2) {
      sustaining.push({
        name: `Tailings dam raise, period ${period}`,
        category: "infrastructure",
        kind: "sustaining",
        amount: 28 * MT,
        spendPeriod: period,
        contingencyPct: 15,
      });
    }
  }
  return [...INITIAL_CAPEX, ...sustaining];
}
