/**
 * The economic summary a technical report prints (the "disclosure table"): NPV before and after tax at a set of
 * rates, the project IRR before and after tax, payback from the valuation date and from the start of production,
 * life-of-mine totals, unit costs and AISC. One evaluation at the base inputs; money in the scenario currency.
 *
 * Conventions (stated with every figure, README §1 and §3): NPV is valued at the scenario's valuation date V years
 * from the start of period 0 (0, 1 = the default end of period 0, or the start of production), period t's flow
 * divided by (1 + r)^(time_t − V) with time_t = t + 1 (end timing) or t + 0.5 (mid), or kept at V for period 0 when
 * `periodZeroTiming` says so. The IRR is that of the period-spaced flows. Payback accrues each period's flow uniformly
 * over the period; "from the valuation date" counts from V (with V = 1 the textbook figure for flows C0 at time 0
 * and C1..Cn at the end of years 1..n), "from the start of production" from the start of the first production period.
 */
import { computePaybackYears, npv, projectIrr, type DiscountTiming, type PeriodZeroTiming, type ValuationDate } from "../finance";
import { bindOverrides } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import { evaluateModel } from "./evaluate";
import { productUnitCosts, summarizeProducts, type ProductTotals } from "./product-metrics";
import { createScratch, type EvaluationScratch } from "./scratch";

/** Rates (%) of the disclosure table when the organisation sets none. */
export const DEFAULT_DISCLOSURE_RATES_PCT = [0, 5, 8, 10] as const;

export type Conventions = {
  /** Where NPV is valued: the start or the end of period 0 (the start year), or the start of production. */
  valuationDate: ValuationDate;
  /** The calendar year at whose start (start of period 0 or of production) or end (end of period 0) NPV is valued. */
  valuationYear: number;
  /** V: years from the start of period 0 to the valuation date (0, 1 or the construction periods). */
  valuationTimeYears: number;
  timing: DiscountTiming;
  /** "at_valuation_date": period 0's flow is not discounted nor compounded, whatever the timing. */
  periodZeroTiming: PeriodZeroTiming;
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

/** One product's totals; role, NSR and royalties only in a multi-product scenario (primary first). */
export type ProductSummary = { name: string; priceUnit: string; metalRecoveredUnits: number; payableMetalUnits: number; grossRevenue: number } & Partial<Pick<ProductTotals, "role" | "netSmelterReturn" | "royalties">>;

export type UnitCosts = {
  /** Operating cost per tonne processed; null without ore processed. */
  operatingCostPerTonneMilled: number | null;
  /** Operating cost per payable price unit; null without payable metal. */
  operatingCostPerPayableUnit: number | null;
  /**
   * All-in sustaining cost per payable price unit of the primary (opex, royalties, net smelter charges, sustaining
   * capital), net of by-product credits when there are by-products (README §4, "Several products").
   */
  aiscPerPayableUnit: number | null;
  /** Multi-product only: the credits, the primary-equivalent payable units and AISC per equivalent unit (no credit). */
  byProductCredits?: number;
  primaryEquivalentUnits?: number;
  aiscPerEquivalentUnit?: number | null;
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
  const convention = model.discountConvention;
  const { currency, commodity } = model.inputs;
  const valuationTime = convention.valuationTimeYears;
  const hasProducts = model.products.length > 0;
  return {
    currency,
    conventions: describeConventions(model),
    discountRatePct: model.discountRatePct,
    npvAtRates: ratesPct.map((ratePct) => ({ ratePct, preTaxNpv: npv(ratePct / 100, s.preTaxCashFlow, convention), afterTaxNpv: npv(ratePct / 100, s.afterTaxCashFlow, convention) })),
    preTaxIrrPct: pctOrNull(projectIrr(s.preTaxCashFlow)),
    afterTaxIrrPct: pctOrNull(projectIrr(s.afterTaxCashFlow)),
    preTaxPayback: paybackFigures(s.preTaxCashFlow, model.firstProductionPeriod, valuationTime),
    afterTaxPayback: paybackFigures(s.afterTaxCashFlow, model.firstProductionPeriod, valuationTime),
    products: hasProducts ? summarizeProducts(model, s) : [{ name: commodity.name, priceUnit: commodity.priceUnit, metalRecoveredUnits: sum(s.metalRecoveredUnits), payableMetalUnits: sum(s.payableMetalUnits), grossRevenue: sum(s.grossRevenue) }],
    lifeOfMine: lifeOfMineTotals(model, s),
    unitCosts: hasProducts ? { ...unitCosts(s), ...productUnitCosts(model, s) } : unitCosts(s),
  };
}

/** The conventions the figures are stated in; the valuation year is the start year, or the first production year. */
function describeConventions(model: CompiledModel): Conventions {
  const { economics, timeline } = model.inputs;
  const { valuationTimeYears, periodZeroTiming } = model.discountConvention;
  const valuationYear = timeline.startYear + (model.valuationDate === "start_of_production" ? model.firstProductionPeriod : 0);
  return { valuationDate: model.valuationDate, valuationYear, valuationTimeYears, timing: model.discounting, periodZeroTiming, terms: economics.terms, inflationPct: economics.inflationPct };
}

/**
 * Payback from the valuation date and from the start of production: the undiscounted payback from the start of
 * period 0 (conservative rule, interpolated; finance/payback.ts) less V or less the construction years, never below 0
 * (a cumulative that is never negative, or one that turns for good before the valuation date, pays back at once).
 *
 * @param flows - one net cash flow per period (scenario currency)
 * @param firstProductionPeriod - c, the construction periods, years
 * @param valuationTimeYears - V, years from the start of period 0 to the valuation date (default 1: end of period 0)
 * @returns years, or null for both when the cumulative never turns non-negative for good
 * @example paybackFigures(Float64Array.of(-60, -40, 30, 40, 50), 2, 0) // { fromValuationDateYears: 4.6, fromProductionStartYears: 2.6 }
 */
export function paybackFigures(flows: Float64Array, firstProductionPeriod: number, valuationTimeYears = 1): PaybackFigures {
  const fromPeriodZeroStart = computePaybackYears(flows, flows.length);
  if (Number.isNaN(fromPeriodZeroStart)) return { fromValuationDateYears: null, fromProductionStartYears: null };
  return {
    fromValuationDateYears: Math.max(0, fromPeriodZeroStart - valuationTimeYears),
    fromProductionStartYears: Math.max(0, fromPeriodZeroStart - firstProductionPeriod),
  };
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

