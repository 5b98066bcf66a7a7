/**
 * Binding overrides to a compiled model, once per Monte Carlo run: checks every override against
 * TARGET_INFO, lays out the per-iteration values array, and pre-sums the cost and capital lines no
 * override touches so the hot loop only visits the lines that vary.
 */
import type { CapitalKind, CapitalLine, CompiledModel, CostLine } from "./compiled-model";
import { createDriverSet, type DriverSet } from "./drivers";
import { MODEL_TARGETS, TARGET_INFO, type ModelOverride, type ModelTarget } from "./targets";

export const SCALAR_TARGETS = [
  "price",
  "head_grade",
  "recovery",
  "ore_processed",
  "payable",
  "fx_rate",
  "treatment_charge",
  "refining_charge",
  "nsr_royalty_rate",
  "discount_rate",
  "tax_rate",
] as const satisfies readonly ModelTarget[];
export type ScalarTarget = (typeof SCALAR_TARGETS)[number];

/**
 * A line with the indices of the overrides that apply to it; `absoluteIndex` replaces its base price/amount.
 * `isUniform`: every one of them is per_iteration, so the line's multiplier is computed once per evaluation.
 * `periods`: the periods where the line can be non-zero (its unit amounts are), the only ones evaluated.
 */
export type BoundLine<L> = { line: L; factorIndices: Int32Array; absoluteIndex: number; isUniform: boolean; periods: Int32Array };

export type OverrideBinding = {
  overrides: readonly ModelOverride[];
  /** Start of each override's values in the values array: 1 value (per_iteration) or N (per_period). */
  offsets: Int32Array;
  isPerPeriod: Uint8Array;
  isAbsolute: Uint8Array;
  /** Length of the values array `evaluateModel` expects. */
  valueCount: number;
  /** Override index per scalar target, -1 when not overridden. */
  scalarIndex: Record<ScalarTarget, number>;
  /** The scalar targets' values per period, refreshed per evaluation (working memory: one evaluation at a time). */
  drivers: DriverSet;
  restCostFixed: Float64Array;
  restCostPerTonne: Float64Array;
  boundCostLines: BoundLine<CostLine>[];
  /**
   * The bound cost lines' unit arrays laid out line after line (line l, period t at l x N + t), so the period loop
   * reads them without indirection; `lineMultipliers` is the evaluator's working buffer (one per bound cost line).
   */
  boundCostFixed: Float64Array;
  boundCostPerTonne: Float64Array;
  lineMultipliers: Float64Array;
  /** Untouched capital lines summed per kind. */
  restCapital: Record<CapitalKind, Float64Array>;
  boundCapitalLines: BoundLine<CapitalLine>[];
};

function appliesToCostLine(o: ModelOverride, line: CostLine): boolean {
  if (o.target === "opex_total") return true;
  if (o.target === "opex_item") return line.source === "opex" && line.id === o.ref;
  if (o.target === "opex_category") return line.source === "opex" && line.category === o.ref;
  return o.target === "consumption_price" && line.source === "consumption" && line.category === o.ref;
}

function appliesToCapitalLine(o: ModelOverride, line: CapitalLine): boolean {
  if (o.target === "capex_total") return true;
  if (o.target === "capex_item") return !line.isClosureProvision && line.id === o.ref;
  if (o.target === "capex_category") return !line.isClosureProvision && line.category === o.ref;
  return o.target === "closure_cost" && line.isClosureProvision;
}

function checkOverride(o: ModelOverride, i: number, model: CompiledModel, seen: Set<string>): void {
  const where = `override ${i} (${o.target}${o.ref === undefined ? "" : ` "${o.ref}"`})`;
  if (!(MODEL_TARGETS as readonly string[]).includes(o.target)) throw new RangeError(`${where}: unknown target`);
  const info = TARGET_INFO[o.target];
  if (o.mode === "absolute" && info.absoluteUnit === null) throw new RangeError(`${where}: only "factor" mode is allowed for this target`);
  if (o.scope === "per_period" && !info.perPeriodAllowed) throw new RangeError(`${where}: only "per_iteration" scope is allowed for this target`);
  if (info.ref !== null && o.ref === undefined) throw new RangeError(`${where}: needs a ref (${info.ref})`);
  if (info.ref === null && o.ref !== undefined) throw new RangeError(`${where}: takes no ref`);
  const key = `${o.target}|${o.ref ?? ""}`;
  if (seen.has(key)) throw new RangeError(`${where}: the same target is overridden twice`);
  seen.add(key);
  if (info.ref !== null) {
    const matches = model.costLines.some((line) => appliesToCostLine(o, line)) || model.capitalLines.some((line) => appliesToCapitalLine(o, line));
    if (!matches) throw new RangeError(`${where}: the ref matches no item of the scenario`);
  }
}

type LineRules<L> = { applies: (o: ModelOverride, line: L) => boolean; isActive: (line: L, t: number) => boolean };

function bindLines<L>(lines: readonly L[], overrides: readonly ModelOverride[], periodCount: number, rules: LineRules<L>): { bound: BoundLine<L>[]; rest: L[] } {
  const bound: BoundLine<L>[] = [];
  const rest: L[] = [];
  for (const line of lines) {
    const indices: number[] = [];
    let absoluteIndex = -1;
    overrides.forEach((o, k) => {
      if (!rules.applies(o, line)) return;
      indices.push(k);
      if (o.mode === "absolute") {
        if (absoluteIndex >= 0) throw new RangeError(`two absolute overrides apply to the same line (${o.target})`);
        absoluteIndex = k;
      }
    });
    if (indices.length === 0) {
      rest.push(line);
      continue;
    }
    const factorIndices = Int32Array.from(indices.filter((k) => k !== absoluteIndex));
    const isUniform = indices.every((k) => overrides[k]?.scope === "per_iteration");
    const periods = Int32Array.from({ length: periodCount }, (_, t) => t).filter((t) => rules.isActive(line, t));
    bound.push({ line, factorIndices, absoluteIndex, isUniform, periods });
  }
  return { bound, rest };
}

// A cost line is zero where both its unit arrays are (for any finite ore tonnage); a capital line where its unit amount is.
const COST_RULES: LineRules<CostLine> = { applies: appliesToCostLine, isActive: (line, t) => (line.unitFixed[t] ?? 0) !== 0 || (line.unitPerTonne[t] ?? 0) !== 0 };
const CAPITAL_RULES: LineRules<CapitalLine> = { applies: appliesToCapitalLine, isActive: (line, t) => (line.unitAmounts[t] ?? 0) !== 0 };

function flatten(arrays: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(arrays.length * n);
  arrays.forEach((a, l) => out.set(a, l * n));
  return out;
}

/**
 * Binds overrides to a compiled model.
 * @param model - compiled model
 * @param overrides - the stochastic variables' targets, in the order of the values array
 * @returns the binding that `evaluateModel` takes
 * @throws {RangeError} naming the override when a target, mode, scope or ref is not allowed
 * @example bindOverrides(model, [{ target: "price", mode: "factor", scope: "per_iteration" }]).valueCount // 1
 */
export function bindOverrides(model: CompiledModel, overrides: readonly ModelOverride[]): OverrideBinding {
  const seen = new Set<string>();
  overrides.forEach((o, i) => checkOverride(o, i, model, seen));
  const n = model.periodCount;
  const offsets = new Int32Array(overrides.length);
  let valueCount = 0;
  overrides.forEach((o, k) => {
    offsets[k] = valueCount;
    valueCount += o.scope === "per_period" ? n : 1;
  });
  const scalarIndex = Object.fromEntries(SCALAR_TARGETS.map((target) => [target, overrides.findIndex((o) => o.target === target)])) as Record<ScalarTarget, number>;
  const costs = bindLines(model.costLines, overrides, n, COST_RULES);
  const capital = bindLines(model.capitalLines, overrides, n, CAPITAL_RULES);
  const restCostFixed = new Float64Array(n);
  const restCostPerTonne = new Float64Array(n);
  for (const line of costs.rest) {
    for (let t = 0; t < n; t++) {
      restCostFixed[t] = (restCostFixed[t] ?? 0) + line.baseUnitPrice * (line.unitFixed[t] ?? 0);
      restCostPerTonne[t] = (restCostPerTonne[t] ?? 0) + line.baseUnitPrice * (line.unitPerTonne[t] ?? 0);
    }
  }
  const restCapital: Record<CapitalKind, Float64Array> = { initial: new Float64Array(n), sustaining: new Float64Array(n), replacement: new Float64Array(n), closure: new Float64Array(n) };
  for (const line of capital.rest) {
    const target = restCapital[line.kind];
    for (let t = 0; t < n; t++) target[t] = (target[t] ?? 0) + line.baseAmount * (line.unitAmounts[t] ?? 0);
  }
  return {
    overrides,
    offsets,
    isPerPeriod: Uint8Array.from(overrides, (o) => Number(o.scope === "per_period")),
    isAbsolute: Uint8Array.from(overrides, (o) => Number(o.mode === "absolute")),
    valueCount,
    scalarIndex,
    drivers: createDriverSet(model, overrides, offsets),
    restCostFixed,
    restCostPerTonne,
    boundCostLines: costs.bound,
    boundCostFixed: flatten(costs.bound.map((b) => b.line.unitFixed), n),
    boundCostPerTonne: flatten(costs.bound.map((b) => b.line.unitPerTonne), n),
    lineMultipliers: new Float64Array(costs.bound.length),
    restCapital,
    boundCapitalLines: capital.bound,
  };
}

/**
 * The value of `base` after override `k` in period `t` (k < 0: no override). Allocation-free.
 */
export function applyOverride(binding: OverrideBinding, values: Float64Array, k: number, t: number, base: number): number {
  if (k < 0) return base;
  const v = values[(binding.offsets[k] ?? 0) + ((binding.isPerPeriod[k] ?? 0) === 1 ? t : 0)] ?? NaN;
  return (binding.isAbsolute[k] ?? 0) === 1 ? v : base * v;
}

/** Product of the factor overrides in `indices` for period t. */
export function multiplyFactors(binding: OverrideBinding, values: Float64Array, indices: Int32Array, t: number): number {
  let product = 1;
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i] ?? 0;
    product *= values[(binding.offsets[k] ?? 0) + ((binding.isPerPeriod[k] ?? 0) === 1 ? t : 0)] ?? NaN;
  }
  return product;
}
