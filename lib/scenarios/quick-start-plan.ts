import type { RowFields } from "@/db/queries/rows/tables";
import type { ScenarioSettings } from "@/db/queries/scenario-inheritance";
import {
  QUICK_START_CONSTRUCTION_YEARS,
  QUICK_START_DEPRECIATION_YEARS,
  QUICK_START_FIXED_TERMS,
  quickStartTerms,
} from "@/lib/domain/quick-start";
import type { QuickStartInput } from "@/lib/validation/quick-start";

// What a quick start writes, worked out from its figures before anything is written. Pure.

export type QuickStartPlan = {
  settings: Partial<ScenarioSettings>;
  /** One row per production year (periods QUICK_START_CONSTRUCTION_YEARS .. + lifeYears − 1). */
  production: RowFields[];
  capex: RowFields;
  opex: RowFields;
};

/** The project's terms a quick start falls back on. */
export type QuickStartProject = { currency: string; defaultDiscountRatePct: number };

/**
 * The settings and rows of a complete quick-start scenario: the commodity's revenue terms and units, one
 * construction year with all the capex in it, then `lifeYears` years at the same ore rate, grade and recovery,
 * with the operating cost per tonne processed. The ore mined is the ore processed (no stockpile, no waste given).
 * @example planQuickStart({ commodity: "gold", tonnageBasis: "total", oreProcessedT: 10e6, lifeYears: 5, … }, project, 2026).production[0].oreProcessedT // 2e6
 */
export function planQuickStart(input: QuickStartInput, project: QuickStartProject, thisYear: number): QuickStartPlan {
  const terms = quickStartTerms(input.commodity);
  const firstPeriod = QUICK_START_CONSTRUCTION_YEARS;
  // Cents of a tonne: the spread of a total keeps the column's precision without a long fraction.
  const orePerYearT = input.tonnageBasis === "total" ? Math.round((input.oreProcessedT / input.lifeYears) * 100) / 100 : input.oreProcessedT;
  const settings: Partial<ScenarioSettings> = {
    ...QUICK_START_FIXED_TERMS,
    startYear: input.startYear ?? thisYear + 1,
    constructionPeriods: QUICK_START_CONSTRUCTION_YEARS,
    lifeYears: input.lifeYears,
    currency: project.currency,
    discountRatePct: input.discountRatePct ?? project.defaultDiscountRatePct,
    depreciationLifeYears: Math.min(QUICK_START_DEPRECIATION_YEARS, input.lifeYears),
    metalPrice: input.metalPrice ?? terms.metalPrice,
    metalPriceUnit: terms.metalPriceUnit,
    gradeUnit: terms.gradeUnit,
    payablePct: terms.payablePct,
    concentrateGradePct: terms.concentrateGradePct,
    treatmentChargePerDmt: terms.treatmentChargePerDmt,
    refiningChargePerUnit: terms.refiningChargePerUnit,
  };
  const production = Array.from({ length: input.lifeYears }, (_, year) => ({
    period: firstPeriod + year,
    oreMinedT: orePerYearT,
    wasteMinedT: 0,
    oreProcessedT: orePerYearT,
    headGrade: input.headGrade,
    recoveryPct: input.recoveryPct,
  }));
  const capex = {
    name: "Initial capital",
    category: "infrastructure",
    kind: "initial",
    amount: input.initialCapex,
    currency: project.currency,
    spendPeriod: 0,
    contingencyPct: 0,
    description: "Quick start: the whole initial capital cost, spent in the construction year",
  };
  const opex = {
    name: "Operating cost",
    category: "processing",
    basis: "per_tonne_processed",
    unitCost: input.opexPerTonne,
    quantity: 1,
    startPeriod: firstPeriod,
    endPeriod: null,
    escalationPct: 0,
    description: "Quick start: mining, processing and G&A together, per tonne of ore processed",
  };
  return { settings, production, capex, opex };
}
