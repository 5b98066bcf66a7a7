/**
 * The hot path: one evaluation of a compiled model for one set of sampled values, written into a
 * preallocated scratch, followed by the iteration metrics. No allocation, no randomness, no clock.
 */
import { computeDiscountedPaybackYears, computePaybackYears, projectIrr, valuationShiftFactor } from "../finance";
import { applyOverride, type OverrideBinding } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import { refreshDrivers } from "./drivers";
import { evaluateCapital, evaluateOperatingCost } from "./evaluate-costs";
import { evaluateProducts } from "./evaluate-products";
import { evaluateRevenue } from "./evaluate-revenue";
import { evaluateCashFlows, evaluateDepreciation, evaluateTax } from "./evaluate-tax";
import type { EvaluationScratch, IterationMetrics } from "./scratch";

/**
 * Evaluates the model: every cash-flow line into `scratch`, then NPV, the project IRR, payback and
 * discounted payback into `scratch.metrics` (also returned, the same object).
 *
 * @param model - from `compileModel`
 * @param binding - from `bindOverrides(model, overrides)`
 * @param values - `binding.valueCount` numbers: override k's value(s) start at `binding.offsets[k]`
 *   (one for per_iteration, N for per_period); absolute values in the target's unit (TARGET_INFO),
 *   factors dimensionless. Values are not range-checked here: the sampler must respect the domain.
 * @param scratch - from `createScratch(model)`; overwritten
 * @returns scratch.metrics
 * @example
 * const model = compileModel(inputs);
 * const binding = bindOverrides(model, [{ target: "price", mode: "factor", scope: "per_iteration" }]);
 * const scratch = createScratch(model);
 * const values = new Float64Array(binding.valueCount);
 * values[0] = 1.1; // +10 % price
 * evaluateModel(model, binding, values, scratch).npv;
 */
export function evaluateModel(model: CompiledModel, binding: OverrideBinding, values: Float64Array, scratch: EvaluationScratch): IterationMetrics {
  refreshDrivers(binding.drivers, values);
  evaluateRevenue(model, binding, scratch);
  // One branch per evaluation: a single-product model (no products) skips it and keeps its exact bits.
  if (model.products.length > 0) evaluateProducts(model, binding, scratch);
  evaluateOperatingCost(model, binding, values, scratch);
  evaluateCapital(model, binding, values, scratch);
  evaluateDepreciation(model, scratch);
  evaluateTax(model, binding, scratch);
  evaluateCashFlows(model, scratch);
  return computeIterationMetrics(model, binding, values, scratch);
}

function computeIterationMetrics(model: CompiledModel, binding: OverrideBinding, values: Float64Array, s: EvaluationScratch): IterationMetrics {
  const n = model.periodCount;
  const rate = applyOverride(binding, values, binding.scalarIndex.discount_rate, 0, model.discountRatePct) / 100;
  const npv = fillDiscountFactors(model, rate, s);
  // The project IRR starts from the iteration's own flows, never from another iteration's IRR: results must not
  // depend on iteration order (identical whatever the number of workers or chunks). No search floor: a closure
  // cost's second, negative root is never the answer (lib/engine/finance/project-irr.ts). It is the IRR of the
  // period-spaced flows whatever the valuation date or period 0's timing (README §2).
  const irr = projectIrr(s.afterTaxCashFlow, n);
  const m = s.metrics;
  m.discountRate = rate;
  m.npv = npv;
  m.irr = irr;
  m.paybackYears = computePaybackYears(s.afterTaxCashFlow, n);
  m.discountedPaybackYears = computeDiscountedPaybackYears(s.afterTaxCashFlow, s.discountFactor, n);
  return m;
}

/**
 * Writes period t's discount factor (1 + r)^-(time_t − V) into `s.discountFactor` and returns the after-tax NPV at
 * the valuation date. A factor chain instead of n calls to Math.pow: (1 + r)^s once (none for the defaults, a square
 * root for mid timing at the end of period 0), then × 1 / (1 + r) per period; period 0 kept at the valuation date
 * gets exactly 1. No allocation.
 */
function fillDiscountFactors(model: CompiledModel, rate: number, s: EvaluationScratch): number {
  const n = model.periodCount;
  const v = 1 / (1 + rate);
  let factor = valuationShiftFactor(rate, model.valuationShiftYears);
  let npv = 0;
  let t = 0;
  if (model.discountConvention.periodZeroTiming === "at_valuation_date" && n > 0) {
    s.discountFactor[0] = 1;
    npv = s.afterTaxCashFlow[0] ?? 0;
    factor *= v;
    t = 1;
  }
  for (; t < n; t++) {
    s.discountFactor[t] = factor;
    npv += (s.afterTaxCashFlow[t] ?? 0) * factor;
    factor *= v;
  }
  return npv;
}
