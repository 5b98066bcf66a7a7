/**
 * Operating cost and capital of one evaluation. Lines whose overrides are all per_iteration (the usual case)
 * take their multiplier once per evaluation and visit only the periods where they can be non-zero; the
 * arithmetic is the same, in the same order, as the per-period path, so both give the same bits.
 */
import { applyOverride, multiplyFactors, type BoundLine, type OverrideBinding } from "./bind-overrides";
import type { CapitalLine, CompiledModel } from "./compiled-model";
import type { EvaluationScratch } from "./scratch";

/** unitPrice (or amount) x the product of the line's factors in period t: the line's multiplier. */
function lineMultiplier<L>(b: OverrideBinding, values: Float64Array, bound: BoundLine<L>, t: number, base: number): number {
  return applyOverride(b, values, bound.absoluteIndex, t, base) * multiplyFactors(b, values, bound.factorIndices, t);
}

/**
 * Operating cost_t = sum over lines of unitPrice x factors x (unitFixed_t + unitPerTonne_t x ore_t): the untouched
 * lines first (pre-summed by the binding), then the bound lines in order, period by period with the sum in a register.
 */
export function evaluateOperatingCost(model: CompiledModel, b: OverrideBinding, values: Float64Array, s: EvaluationScratch): void {
  const n = model.periodCount;
  const lines = b.boundCostLines;
  const lineCount = lines.length;
  const multipliers = b.lineMultipliers;
  let isUniform = true;
  for (let l = 0; l < lineCount; l++) {
    const bound = lines[l];
    if (bound?.isUniform) multipliers[l] = lineMultiplier(b, values, bound, 0, bound.line.baseUnitPrice);
    else isUniform = false;
  }
  const { restCostFixed: restFixed, restCostPerTonne: restPerTonne, boundCostFixed: fixed, boundCostPerTonne: perTonne } = b;
  const ore = s.oreProcessedT;
  const cost = s.operatingCost;
  for (let t = 0; t < n; t++) {
    const oreT = ore[t] ?? 0;
    if (!isUniform) fillPeriodMultipliers(b, values, t);
    let sum = (restFixed[t] ?? 0) + (restPerTonne[t] ?? 0) * oreT;
    for (let l = 0, at = t; l < lineCount; l++, at += n) {
      const quantity = (fixed[at] ?? 0) + (perTonne[at] ?? 0) * oreT;
      if (quantity !== 0) sum += (multipliers[l] ?? 0) * quantity;
    }
    cost[t] = sum;
  }
}

/** The multipliers of the lines with a per_period override, for period t. */
function fillPeriodMultipliers(b: OverrideBinding, values: Float64Array, t: number): void {
  const lines = b.boundCostLines;
  for (let l = 0; l < lines.length; l++) {
    const bound = lines[l];
    if (bound && !bound.isUniform) b.lineMultipliers[l] = lineMultiplier(b, values, bound, t, bound.line.baseUnitPrice);
  }
}

function addCapitalLine(b: OverrideBinding, values: Float64Array, bound: BoundLine<CapitalLine>, target: Float64Array): void {
  const { line, periods } = bound;
  const units = line.unitAmounts;
  const uniform = bound.isUniform ? lineMultiplier(b, values, bound, 0, line.baseAmount) : NaN;
  for (let i = 0; i < periods.length; i++) {
    const t = periods[i] ?? 0;
    const multiplier = bound.isUniform ? uniform : lineMultiplier(b, values, bound, t, line.baseAmount);
    target[t] = (target[t] ?? 0) + multiplier * (units[t] ?? 0);
  }
}

/** Capital per kind (initial, sustaining, replacement, closure) and salvage. */
export function evaluateCapital(model: CompiledModel, b: OverrideBinding, values: Float64Array, s: EvaluationScratch): void {
  s.capex.initial.set(b.restCapital.initial);
  s.capex.sustaining.set(b.restCapital.sustaining);
  s.capex.replacement.set(b.restCapital.replacement);
  s.capex.closure.set(b.restCapital.closure);
  s.salvage.set(model.salvage);
  const lines = b.boundCapitalLines;
  for (let l = 0; l < lines.length; l++) {
    const bound = lines[l];
    if (bound) addCapitalLine(b, values, bound, s.capex[bound.line.kind]);
  }
}
