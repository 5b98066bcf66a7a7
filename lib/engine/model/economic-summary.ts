/**
 * The economic summary a technical report prints (the "disclosure table"): NPV before and after tax at a set of
 * rates, the project IRR before and after tax, payback from the valuation date and from the start of production,
 * life-of-mine totals, unit costs and AISC. One evaluation at the base inputs; money in the scenario currency.
 *
 * Conventions (stated with every figure): NPV is valued at the END of period 0 (period 0's flow undiscounted; with
 * mid-period timing flow t is divided by (1 + r)^(t − 0.5)). Payback accrues each period's flow uniformly over the
 * period; "from the valuation date" counts from the end of period 0 (the textbook figure for flows C0 at time 0 and
 * C1..Cn at the end of years 1..n), "from the start of production" from the start of the first production period.
 */
import { computePaybackYears, npv, projectIrr } from "../finance";
import { bindOverrides } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import { evaluateModel } from "./evaluate";
import { createScratch, type EvaluationScratch } from "./scratch";

/** Rates (%) of the disclosure table when the organisation sets none. */
export const DEFAULT_DISCLOSURE_RATES_PCT = [0, 5, 8, 10] as const;

export type Conventions = {
  /** Where NPV is valued: the end of period 0 (= end of the start year). */
  valuationDate: "end_of_period_0";
  valuationYear: number;
  timing: "end" | "mid";
  terms: "real" | "nominal";
  /** Inflation applied to prices and costs in nominal terms, %/year. */
  inflationPct: number;
};

/** Payback in years; null when the cumulative cash flow never turns non-negative for good. */
export type PaybackFigures = { fromValuationDateYears: number | null; fromProductionStartYears: number | null };

export type LifeOfMineTotals = {
  oreMinedT: number;
  wasteMinedT: number;
  /** Waste / ore mined; null without ore. */
  stripRatio: number | null;
  oreProcessedT: number;
  /** Processed-tonnage-weighted mean head grade, in the commodity's grade unit; null without ore processed. */
  meanHeadGrade: number | null;
  grossRevenue: number;
  /** Treatment and refining charges and penalties, less premiums. */
  smelterDeductions: number;
  netSmelterReturn: number;
  royalties: number;
  operatingCost: number;
  initialCapital: number;
  /** Sustaining and replacement capital. */
  sustainingCapital: number;
  closureCost: number;
  salvage: number;
  incomeTax: number;
  preTaxCashFlow: number;
  afterTaxCashFlow: number;
};

export type ProductSummary = { name: string; priceUnit: string; metalRecoveredUnits: number; payableMetalUnits: number; grossRevenue: number };

export type UnitCosts = {
  /** Operating cost per tonne processed; null without ore processed. */
  operatingCostPerTonneMilled: number | null;
  /** Operating cost per payable price unit; null without payable metal. */
  operatingCostPerPayableUnit: number | null;
  /** All-in sustaining cost per payable price unit (opex, royalties, net smelter charges, sustaining capital). */
  aiscPerPayableUnit: number | null;
};

export type EconomicSummary = {
  currency: string;
  conventions: Conventions;
  discountRatePct: number;
  npvAtRates: { ratePct: number; preTaxNpv: number; afterTaxNpv: number }[];
  /** Project IRR in %, null when the flows have none (lib/engine/finance/project-irr.ts). */
  preTaxIrrPct: number | null;
  afterTaxIrrPct: number | null;
  preTaxPayback: PaybackFigures;
  afterTaxPayback: PaybackFigures;
  products: ProductSummary[];
  lifeOfMine: LifeOfMineTotals;
  unitCosts: UnitCosts;
};

const sum = (line: Float64Array): number => line.reduce((a, b) => a + b, 0);
const ratioOrNull = (num: number, den: number): number | null => (den > 0 ? num / den : null);
const pctOrNull = (fraction: number): number | null => (Number.isFinite(fraction) ? fraction * 100 : null);

/**
 * The economic summary of a compiled model at its base inputs.
 * @param model - from `compileModel`
 * @param ratesPct - the disclosure rates, % (each > -100)
 * @returns the summary
 * @example computeEconomicSummary(compileModel(inputs), [0, 5, 8, 10]).npvAtRates[3].afterTaxNpv
 */
export function computeEconomicSummary(model: CompiledModel, ratesPct: readonly number[] = DEFAULT_DISCLOSURE_RATES_PCT): EconomicSummary {
  const s = createScratch(model);
  evaluateModel(model, bindOverrides(model, []), new Float64Array(0), s);
  const timing = { timing: model.discounting };
  const { economics, timeline, currency, commodity } = model.inputs;
  return {
    currency,
    conventions: { valuationDate: "end_of_period_0", valuationYear: timeline.startYear, timing: model.discounting, terms: economics.terms, inflationPct: economics.inflationPct },
    discountRatePct: model.discountRatePct,
    npvAtRates: ratesPct.map((ratePct) => ({ ratePct, preTaxNpv: npv(ratePct / 100, s.preTaxCashFlow, timing), afterTaxNpv: npv(ratePct / 100, s.afterTaxCashFlow, timing) })),
    preTaxIrrPct: pctOrNull(projectIrr(s.preTaxCashFlow)),
    afterTaxIrrPct: pctOrNull(projectIrr(s.afterTaxCashFlow)),
    preTaxPayback: paybackFigures(s.preTaxCashFlow, model.firstProductionPeriod),
    afterTaxPayback: paybackFigures(s.afterTaxCashFlow, model.firstProductionPeriod),
    products: [{ name: commodity.name, priceUnit: commodity.priceUnit, metalRecoveredUnits: sum(s.metalRecoveredUnits), payableMetalUnits: sum(s.payableMetalUnits), grossRevenue: sum(s.grossRevenue) }],
    lifeOfMine: lifeOfMineTotals(model, s),
    unitCosts: unitCosts(s),
  };
}

/**
 * Payback from the valuation date (end of period 0) and from the start of production (start of the first
 * production period): the payback from the start of period 0 less 1 year or less the construction years, never
 * below 0 (a cumulative that is never negative pays back at once).
 */
export function paybackFigures(flows: Float64Array, firstProductionPeriod: number): PaybackFigures {
  const fromPeriodZeroStart = computePaybackYears(flows, flows.length);
  if (Number.isNaN(fromPeriodZeroStart)) return { fromValuationDateYears: null, fromProductionStartYears: null };
  return { fromValuationDateYears: Math.max(0, fromPeriodZeroStart - 1), fromProductionStartYears: Math.max(0, fromPeriodZeroStart - firstProductionPeriod) };
}

function lifeOfMineTotals(model: CompiledModel, s: EvaluationScratch): LifeOfMineTotals {
  const oreMinedT = sum(model.oreMinedT);
  const wasteMinedT = sum(model.wasteMinedT);
  const oreProcessedT = sum(s.oreProcessedT);
  let gradeTonnes = 0;
  for (let t = 0; t < model.periodCount; t++) gradeTonnes += (model.headGrade[t] ?? 0) * (s.oreProcessedT[t] ?? 0);
  return {
    oreMinedT,
    wasteMinedT,
    stripRatio: ratioOrNull(wasteMinedT, oreMinedT),
    oreProcessedT,
    meanHeadGrade: ratioOrNull(gradeTonnes, oreProcessedT),
    grossRevenue: sum(s.grossRevenue),
    smelterDeductions: sum(s.treatmentCharges) + sum(s.refiningCharges) + sum(s.penalties) - sum(s.premiums),
    netSmelterReturn: sum(s.netSmelterReturn),
    royalties: sum(s.royalties),
    operatingCost: sum(s.operatingCost),
    initialCapital: sum(s.capex.initial),
    sustainingCapital: sum(s.capex.sustaining) + sum(s.capex.replacement),
    closureCost: sum(s.capex.closure),
    salvage: sum(s.salvage),
    incomeTax: sum(s.incomeTax),
    preTaxCashFlow: sum(s.preTaxCashFlow),
    afterTaxCashFlow: sum(s.afterTaxCashFlow),
  };
}

function unitCosts(s: EvaluationScratch): UnitCosts {
  const payable = sum(s.payableMetalUnits);
  const operating = sum(s.operatingCost);
  const netSmelterCharges = sum(s.treatmentCharges) + sum(s.refiningCharges) + sum(s.penalties) - sum(s.premiums);
  const allIn = operating + sum(s.royalties) + netSmelterCharges + sum(s.capex.sustaining) + sum(s.capex.replacement);
  return {
    operatingCostPerTonneMilled: ratioOrNull(operating, sum(s.oreProcessedT)),
    operatingCostPerPayableUnit: ratioOrNull(operating, payable),
    aiscPerPayableUnit: ratioOrNull(allIn, payable),
  };
}
