/** Operating cost and capital of one evaluation. */
import { applyOverride, multiplyFactors, type OverrideBinding } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import type { EvaluationScratch } from "./scratch";

/** Operating cost_t = sum over lines of unitPrice x factors x (unitFixed_t + unitPerTonne_t x ore_t). */
export function evaluateOperatingCost(model: CompiledModel, b: OverrideBinding, values: Float64Array, s: EvaluationScratch): void {
  const n = model.periodCount;
  for (let t = 0; t < n; t++) {
    s.operatingCost[t] = (b.restCostFixed[t] ?? 0) + (b.restCostPerTonne[t] ?? 0) * (s.oreProcessedT[t] ?? 0);
  }
  for (const { line, factorIndices, absoluteIndex } of b.boundCostLines) {
    for (let t = 0; t < n; t++) {
      const unitPrice = applyOverride(b, values, absoluteIndex, t, line.baseUnitPrice);
      const quantity = (line.unitFixed[t] ?? 0) + (line.unitPerTonne[t] ?? 0) * (s.oreProcessedT[t] ?? 0);
      if (quantity === 0) continue;
      s.operatingCost[t] = (s.operatingCost[t] ?? 0) + unitPrice * multiplyFactors(b, values, factorIndices, t) * quantity;
    }
  }
}

/** Capital per kind (initial, sustaining, replacement, closure) and salvage. */
export function evaluateCapital(model: CompiledModel, b: OverrideBinding, values: Float64Array, s: EvaluationScratch): void {
  const n = model.periodCount;
  s.capex.initial.set(b.restCapital.initial);
  s.capex.sustaining.set(b.restCapital.sustaining);
  s.capex.replacement.set(b.restCapital.replacement);
  s.capex.closure.set(b.restCapital.closure);
  s.salvage.set(model.salvage);
  for (const { line, factorIndices, absoluteIndex } of b.boundCapitalLines) {
    const target = s.capex[line.kind];
    for (let t = 0; t < n; t++) {
      const unit = line.unitAmounts[t] ?? 0;
      if (unit === 0) continue;
      const amount = applyOverride(b, values, absoluteIndex, t, line.baseAmount);
      target[t] = (target[t] ?? 0) + amount * multiplyFactors(b, values, factorIndices, t) * unit;
    }
  }
}
