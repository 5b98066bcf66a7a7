/**
 * One-at-a-time sensitivities: NPV (at the scenario rate) and project IRR when one driver moves by each step while
 * every other input stays at its base, plus the break-evens of price, operating cost and capital. Each step is one
 * full evaluation of the model (royalty floors, taxes and loss carry-forward included), never a linear estimate.
 * With co- and by-products, price, head grade and recovery move every product's (scale-products.ts).
 */
import { npv } from "../finance";
import { bindOverrides, type OverrideBinding } from "./bind-overrides";
import { findBreakEvenFactor, type NoBreakEvenReason } from "./break-even";
import type { CompiledModel } from "./compiled-model";
import { evaluateModel } from "./evaluate";
import { createScratch, type EvaluationScratch } from "./scratch";
import { movesProducts, scaleProducts } from "./scale-products";
import type { ModelTarget } from "./targets";

export const SENSITIVITY_DRIVERS = ["price", "head_grade", "recovery", "operating_cost", "capital_cost", "fx_rate"] as const;
export type SensitivityDriver = (typeof SENSITIVITY_DRIVERS)[number];

/** Steps (% change from the base) when the organisation sets none. */
export const DEFAULT_SENSITIVITY_STEPS_PCT = [-30, -20, -10, 10, 20, 30] as const;

/**
 * The model target each driver moves: operating cost = every opex, consumption and equipment line; capital cost =
 * every capital line including closure; FX = scenario currency per price currency (revenue and smelter terms).
 */
const DRIVER_TARGET: Record<SensitivityDriver, ModelTarget> = {
  price: "price",
  head_grade: "head_grade",
  recovery: "recovery",
  operating_cost: "opex_total",
  capital_cost: "capex_total",
  fx_rate: "fx_rate",
};

export type SensitivityPoint = {
  changePct: number;
  npv: number;
  /** Project IRR, %; null when the flows have none. */
  irrPct: number | null;
  /** True when a recovery step was held at 100 % in some period (it cannot go higher). */
  isCapped: boolean;
};

export type SensitivityLine = { driver: SensitivityDriver; points: SensitivityPoint[] };

export type BreakEven =
  | { driver: "price" | "operating_cost" | "capital_cost"; kind: "found"; factor: number; changePct: number }
  | { driver: "price" | "operating_cost" | "capital_cost"; kind: "none"; reason: NoBreakEvenReason };

export type SensitivityAnalysis = {
  discountRatePct: number;
  base: { npv: number; irrPct: number | null };
  /** One line per driver, points in ascending change including 0 (the base). */
  lines: SensitivityLine[];
  breakEvens: BreakEven[];
};

const toPct = (fraction: number): number | null => (Number.isFinite(fraction) ? fraction * 100 : null);
/**
 * A point from an evaluated scratch. Its NPV is summed as the cash-flow table's metrics are (finance `npv`), not by
 * the Monte Carlo factor chain, so the base point equals the NPV shown everywhere else to the last bit.
 */
function toPoint(model: CompiledModel, changePct: number, scratch: EvaluationScratch, isCapped: boolean): SensitivityPoint {
  const npvValue = npv(model.discountRatePct / 100, scratch.afterTaxCashFlow, model.discountConvention);
  return { changePct, npv: npvValue, irrPct: toPct(scratch.metrics.irr), isCapped };
}

/**
 * Sensitivity table, spider-chart lines and break-evens of a compiled model.
 * @param model - from `compileModel`
 * @param stepsPct - changes from the base, % (each > -100); 0 is always added
 * @returns the analysis
 * @example runSensitivities(compileModel(inputs), [-10, 10]).lines[0].points // price −10 %, 0, +10 %
 */
export function runSensitivities(model: CompiledModel, stepsPct: readonly number[] = DEFAULT_SENSITIVITY_STEPS_PCT): SensitivityAnalysis {
  const changes = [...new Set([0, ...stepsPct])].sort((a, b) => a - b);
  const lines = SENSITIVITY_DRIVERS.map((driver) => ({ driver, points: changes.map((changePct) => evaluateStep(model, driver, changePct)) }));
  const base = evaluateStep(model, "price", 0);
  return {
    discountRatePct: model.discountRatePct,
    base: { npv: base.npv, irrPct: base.irrPct },
    lines,
    breakEvens: [breakEven(model, "price", true), breakEven(model, "operating_cost", false), breakEven(model, "capital_cost", false)],
  };
}

/** NPV and IRR with one driver at (1 + change) x its base; recovery is held at 100 % where that would exceed it. */
function evaluateStep(base: CompiledModel, driver: SensitivityDriver, changePct: number): SensitivityPoint {
  const factor = 1 + changePct / 100;
  // The base point is the plain evaluation (no override), so it equals the cash-flow table's NPV to the last bit.
  if (changePct === 0) return evaluateInto(base, bindOverrides(base, []), new Float64Array(0), 0, false);
  // Price, grade and recovery move every product: the co-/by-products here, the primary by its override below.
  const { model, isCapped } = movesProducts(base, DRIVER_TARGET[driver]) ? scaleProducts(base, DRIVER_TARGET[driver], factor) : { model: base, isCapped: false };
  if (driver === "recovery") return evaluateRecoveryStep(model, changePct, factor, isCapped);
  const binding = bindOverrides(model, [{ target: DRIVER_TARGET[driver], mode: "factor", scope: "per_iteration" }]);
  return evaluateInto(model, binding, Float64Array.of(factor), changePct, false);
}

function evaluateRecoveryStep(model: CompiledModel, changePct: number, factor: number, isProductCapped: boolean): SensitivityPoint {
  const binding = bindOverrides(model, [{ target: "recovery", mode: "absolute", scope: "per_period" }]);
  const values = new Float64Array(model.periodCount);
  let isCapped = isProductCapped;
  for (let t = 0; t < model.periodCount; t++) {
    const moved = (model.recoveryPct[t] ?? 0) * factor;
    isCapped ||= moved > 100;
    values[t] = Math.min(100, moved);
  }
  return evaluateInto(model, binding, values, changePct, isCapped);
}

function evaluateInto(model: CompiledModel, binding: OverrideBinding, values: Float64Array, changePct: number, isCapped: boolean): SensitivityPoint {
  const scratch = createScratch(model);
  evaluateModel(model, binding, values, scratch);
  return toPoint(model, changePct, scratch, isCapped);
}

function breakEven(model: CompiledModel, driver: "price" | "operating_cost" | "capital_cost", isRevenue: boolean): BreakEven {
  const result = findBreakEvenFactor(model, DRIVER_TARGET[driver], isRevenue);
  if (result.kind === "none") return { driver, kind: "none", reason: result.reason };
  return { driver, kind: "found", factor: result.factor, changePct: (result.factor - 1) * 100 };
}
