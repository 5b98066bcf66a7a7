/**
 * Break-evens: the factor on one input (price, operating cost, capital, ...) at which the NPV at the scenario rate is
 * exactly 0, found on the full model (royalty floors, taxes and loss carry-forward make NPV(f) non-linear).
 */
import { findRootBrent } from "../finance";
import { bindOverrides } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import { evaluateModel } from "./evaluate";
import { createScratch } from "./scratch";
import { movesProducts, scaleProducts } from "./scale-products";
import type { ModelTarget } from "./targets";

/** Why there is no break-even: NPV keeps its sign from a factor of 0 to 2^30. */
export type NoBreakEvenReason =
  | "profitable_at_zero_price"
  | "unprofitable_at_any_price"
  | "unprofitable_at_zero_cost"
  | "profitable_at_any_cost";

export type BreakEvenFactor = { kind: "found"; factor: number } | { kind: "none"; reason: NoBreakEvenReason };

export type BreakEvenPrice =
  | { kind: "found"; priceFactor: number; pricePerUnit: number }
  | { kind: "none"; reason: "profitable_at_zero_price" | "unprofitable_at_any_price" };

const MAX_FACTOR = 2 ** 30;

/**
 * The factor f on `target` (a factor-mode, per-iteration override) with NPV(f) = 0: bracket from f = 0 and
 * f = 1, 2, 4, ... up to 2^30, then Brent's method to 1e-12.
 * @param model - compiled model
 * @param target - a target that takes a factor (TARGET_INFO), e.g. "price", "opex_total", "capex_total"
 * @param isRevenue - true when NPV rises with the factor (price, grade, recovery), false for costs
 * @returns the factor, or `none` with the reason
 * @example findBreakEvenFactor(compileModel(inputs), "opex_total", false) // { kind: "found", factor: 1.37 }
 */
export function findBreakEvenFactor(model: CompiledModel, target: ModelTarget, isRevenue: boolean): BreakEvenFactor {
  const npvAt = npvOfFactor(model, target);
  const isPositiveAtZero = npvAt(0) >= 0;
  if (isRevenue && isPositiveAtZero) return { kind: "none", reason: "profitable_at_zero_price" };
  if (!isRevenue && !isPositiveAtZero) return { kind: "none", reason: "unprofitable_at_zero_cost" };
  let hi = 1;
  while (npvAt(hi) >= 0 === isPositiveAtZero) {
    hi *= 2;
    if (hi > MAX_FACTOR) return { kind: "none", reason: isRevenue ? "unprofitable_at_any_price" : "profitable_at_any_cost" };
  }
  return { kind: "found", factor: findRootBrent(npvAt, hi === 1 ? 0 : hi / 2, hi, 1e-12) };
}

/** NPV at the scenario rate as a function of a factor on one target (one scratch, reused). */
function npvOfFactor(model: CompiledModel, target: ModelTarget): (factor: number) => number {
  if (movesProducts(model, target)) return npvOfProductFactor(model, target);
  const binding = bindOverrides(model, [{ target, mode: "factor", scope: "per_iteration" }]);
  const scratch = createScratch(model);
  const values = new Float64Array(1);
  return (factor) => {
    values[0] = factor;
    return evaluateModel(model, binding, values, scratch).npv;
  };
}

/** As npvOfFactor, the factor also on every co-/by-product's price, grade or recovery (a new model per call). */
function npvOfProductFactor(model: CompiledModel, target: ModelTarget): (factor: number) => number {
  const scratch = createScratch(model);
  return (factor) => {
    const scaled = scaleProducts(model, target, factor).model;
    return evaluateModel(scaled, bindOverrides(scaled, [{ target, mode: "factor", scope: "per_iteration" }]), Float64Array.of(factor), scratch).npv;
  };
}

/**
 * Break-even price: the price factor with NPV = 0, and the absolute price it means: f x the payable-weighted mean
 * real price (exactly f x price for a flat price). With co- and by-products the factor is on every product's price
 * and the absolute price is the primary's.
 * @returns `found` or `none` with the reason
 */
export function findBreakEvenPrice(model: CompiledModel): BreakEvenPrice {
  const result = findBreakEvenFactor(model, "price", true);
  if (result.kind === "none") return { kind: "none", reason: result.reason === "profitable_at_zero_price" ? result.reason : "unprofitable_at_any_price" };
  const scratch = createScratch(model);
  evaluateModel(model, bindOverrides(model, []), new Float64Array(0), scratch);
  let weighted = 0;
  let units = 0;
  for (let t = 0; t < model.periodCount; t++) {
    weighted += (model.priceReal[t] ?? 0) * (scratch.payableMetalUnits[t] ?? 0);
    units += scratch.payableMetalUnits[t] ?? 0;
  }
  return { kind: "found", priceFactor: result.factor, pricePerUnit: units > 0 ? (result.factor * weighted) / units : NaN };
}
