/** Scenario metrics on top of one evaluation: robust IRR, MIRR, NPV profile, break-even price, AISC. */
import { irr, mirr, npv, payback, discountedPayback, type IrrResult, type PaybackResult } from "../finance";
import { findBreakEvenPrice, type BreakEvenPrice } from "./break-even";
import type { CompiledModel } from "./compiled-model";
import { computeProductAisc, type ProductAisc } from "./product-metrics";
import type { EvaluationScratch } from "./scratch";

/** Rates (%) of the NPV profile reported with every table, besides the scenario's own rate. */
export const NPV_PROFILE_RATES_PCT = [0, 5, 8, 10, 12, 15] as const;

export type ModelMetrics = {
  discountRatePct: number;
  /** After tax, at the scenario's valuation date and timing (model.discountConvention). */
  npv: number;
  npvProfile: { ratePct: number; npv: number }[];
  irr: IrrResult;
  /** Finance and reinvestment at the scenario discount rate; NaN without both signs. */
  mirr: number;
  /** Years from the start of period 0, whatever the valuation date. */
  payback: PaybackResult;
  /** Years from the start of period 0, on the flows times the scenario's discount factors. */
  discountedPayback: PaybackResult;
  /** Years from the start of the first production period (payback minus construction years). */
  paybackFromProductionStartYears: number | null;
  initialCapex: number;
  /** Initial + sustaining + replacement + closure, undiscounted, as spent. */
  totalCapex: number;
  /** NPV / initial capex (undiscounted); NaN without initial capex. */
  npvToCapex: number;
  /** Price multiplier (and the payable-weighted mean real price times it) at which NPV = 0. */
  breakEvenPrice: BreakEvenPrice;
  /**
   * All-in sustaining cost per payable price unit of the primary, scenario currency; NaN without payable metal. With
   * by-products, net of their credits (`productAisc.aiscPerPrimaryUnit`).
   */
  aiscPerUnit: number;
  /** Only when the scenario has co- or by-products. */
  productAisc?: ProductAisc;
};

const sum = (values: Float64Array): number => values.reduce((a, b) => a + b, 0);

/** With co- or by-products: AISC net of by-product credits, and the multi-product figures. */
function withProducts(model: CompiledModel, s: EvaluationScratch): ModelMetrics {
  const productAisc = computeProductAisc(model, s);
  return { ...singleProductMetrics(model, s), aiscPerUnit: productAisc.aiscPerPrimaryUnit, productAisc };
}

/**
 * Metrics of an evaluated scratch (after-tax flows), plus a break-even search on the model.
 * @param model - the compiled model the scratch was evaluated with (no overrides)
 * @param s - the evaluated scratch
 * @returns the metrics
 */
export function computeModelMetrics(model: CompiledModel, s: EvaluationScratch): ModelMetrics {
  return model.products.length > 0 ? withProducts(model, s) : singleProductMetrics(model, s);
}

function singleProductMetrics(model: CompiledModel, s: EvaluationScratch): ModelMetrics {
  const flows = s.afterTaxCashFlow;
  const ratePct = model.discountRatePct;
  const convention = model.discountConvention;
  const initialCapex = sum(s.capex.initial);
  const paybackResult = payback(flows);
  const payableUnits = sum(s.payableMetalUnits);
  const allInCost = sum(s.operatingCost) + sum(s.royalties) + sum(s.treatmentCharges) + sum(s.refiningCharges) + sum(s.penalties) - sum(s.premiums) + sum(s.capex.sustaining) + sum(s.capex.replacement);
  return {
    discountRatePct: ratePct,
    npv: npv(ratePct / 100, flows, convention),
    npvProfile: NPV_PROFILE_RATES_PCT.map((r) => ({ ratePct: r, npv: npv(r / 100, flows, convention) })),
    irr: irr(flows, { minRate: model.irrMinRate }),
    mirr: mirr(flows, ratePct / 100, ratePct / 100),
    payback: paybackResult,
    discountedPayback: discountedPayback(flows, ratePct / 100, convention),
    paybackFromProductionStartYears: paybackResult.reached ? paybackResult.years - model.firstProductionPeriod : null,
    initialCapex,
    totalCapex: initialCapex + sum(s.capex.sustaining) + sum(s.capex.replacement) + sum(s.capex.closure),
    npvToCapex: initialCapex > 0 ? npv(ratePct / 100, flows, convention) / initialCapex : NaN,
    breakEvenPrice: findBreakEvenPrice(model),
    aiscPerUnit: payableUnits > 0 ? allInCost / payableUnits : NaN,
  };
}
