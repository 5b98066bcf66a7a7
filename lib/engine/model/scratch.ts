/** Preallocated buffers for one evaluation: `evaluateModel` writes every line here, allocating nothing. */
import type { CapitalKind, CompiledModel } from "./compiled-model";
import { createProductLines, type ProductLines } from "./product-lines";

export type IterationMetrics = {
  /** Discount rate used, fraction. */
  discountRate: number;
  /** NPV at that rate, scenario currency. */
  npv: number;
  /** IRR as a fraction from `irrFast`; NaN when none or not unique in the search range. */
  irr: number;
  /** Years from the start of period 0; NaN when not reached. */
  paybackYears: number;
  discountedPaybackYears: number;
};

/** Every per-period line (length N), scenario currency unless the name gives another unit. */
export type EvaluationScratch = {
  oreProcessedT: Float64Array;
  /** The primary's metal recovered, its price units (lb, oz, ...). */
  metalRecoveredUnits: Float64Array;
  payableMetalUnits: Float64Array;
  concentrateDmt: Float64Array;
  grossRevenue: Float64Array;
  premiums: Float64Array;
  treatmentCharges: Float64Array;
  refiningCharges: Float64Array;
  penalties: Float64Array;
  netSmelterReturn: Float64Array;
  royalties: Float64Array;
  operatingCost: Float64Array;
  capex: Record<CapitalKind, Float64Array>;
  salvage: Float64Array;
  depreciation: Float64Array;
  taxableIncome: Float64Array;
  /** Tax losses carried forward at the end of the period. */
  lossCarriedForward: Float64Array;
  incomeTax: Float64Array;
  workingCapital: Float64Array;
  workingCapitalChange: Float64Array;
  preTaxCashFlow: Float64Array;
  afterTaxCashFlow: Float64Array;
  discountFactor: Float64Array;
  /**
   * Per product, primary first, when the model has co- or by-products (else empty). The money lines and
   * concentrate tonnes above are then the sums over the products; the metal lines stay the primary's.
   */
  products: ProductLines[];
  metrics: IterationMetrics;
};

/**
 * Allocates the buffers for a model's evaluations; reuse one per worker.
 * @example const scratch = createScratch(model);
 */
export function createScratch(model: CompiledModel): EvaluationScratch {
  const n = model.periodCount;
  const line = (): Float64Array => new Float64Array(n);
  return {
    oreProcessedT: line(),
    metalRecoveredUnits: line(),
    payableMetalUnits: line(),
    concentrateDmt: line(),
    grossRevenue: line(),
    premiums: line(),
    treatmentCharges: line(),
    refiningCharges: line(),
    penalties: line(),
    netSmelterReturn: line(),
    royalties: line(),
    operatingCost: line(),
    capex: { initial: line(), sustaining: line(), replacement: line(), closure: line() },
    salvage: line(),
    depreciation: line(),
    taxableIncome: line(),
    lossCarriedForward: line(),
    incomeTax: line(),
    workingCapital: line(),
    workingCapitalChange: line(),
    preTaxCashFlow: line(),
    afterTaxCashFlow: line(),
    discountFactor: line(),
    products: createProductLines(model.products.length, n),
    metrics: { discountRate: 0, npv: 0, irr: NaN, paybackYears: NaN, discountedPaybackYears: NaN },
  };
}
