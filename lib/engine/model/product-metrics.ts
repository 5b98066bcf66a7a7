/**
 * Multi-product figures on top of one evaluation: the primary-equivalent production and AISC with by-product credits
 * (README §4, "Several products"). Money in the scenario currency; metal in each product's price unit.
 */
import type { CompiledModel } from "./compiled-model";
import type { ProductLines } from "./product-lines";
import type { EvaluationScratch } from "./scratch";

export type ProductAisc = {
  /** Σ by-product NSR over the life (gross + premiums − their TC, RC, penalties), scenario currency. */
  byProductCredits: number;
  /** (all-in sustaining cost without by-products' smelter charges − by-product credits) / primary payable units; NaN without. */
  aiscPerPrimaryUnit: number;
  /** Σ over periods of Σ_i payable_i × price_i / price_primary, in the primary's price unit. */
  primaryEquivalentUnits: number;
  /** All-in sustaining cost (no credit) / primary-equivalent units: the co-product view; NaN without. */
  aiscPerEquivalentUnit: number;
};

const sum = (values: Float64Array): number => values.reduce((a, b) => a + b, 0);

/** Opex + royalties + TC + RC + penalties − premiums + sustaining and replacement capital, life of mine (totals). */
export function allInSustainingCost(s: EvaluationScratch): number {
  return sum(s.operatingCost) + sum(s.royalties) + sum(s.treatmentCharges) + sum(s.refiningCharges) + sum(s.penalties) - sum(s.premiums) + sum(s.capex.sustaining) + sum(s.capex.replacement);
}

/** A product's TC + RC + penalties − premiums over the life, scenario currency. */
function netSmelterCharges(line: ProductLines): number {
  return sum(line.treatmentCharges) + sum(line.refiningCharges) + sum(line.penalties) - sum(line.premiums);
}

/**
 * Primary-equivalent payable units per project period: Σ_i payable_i,t × price_i,t / price_primary,t (real base
 * prices in one currency, so inflation and fx cancel); the primary counts as itself. NaN in a production period whose
 * primary price is 0 while something is payable.
 * @example copper 8,640 t at 8,800 USD/t + gold 19,292 oz at 2,000 USD/oz → 8,640 + 19,292 × 2,000 / 8,800 t CuEq
 */
export function primaryEquivalentUnitsPerPeriod(model: CompiledModel, s: EvaluationScratch): Float64Array {
  const out = new Float64Array(model.periodCount);
  const primary = s.products[0];
  if (!primary) return Float64Array.from(s.payableMetalUnits);
  for (let t = model.firstProductionPeriod; t < model.periodCount; t++) {
    const primaryPrice = model.priceReal[t] ?? 0;
    let value = (primary.payableMetalUnits[t] ?? 0) * primaryPrice;
    model.products.forEach((product, k) => (value += (s.products[k + 1]?.payableMetalUnits[t] ?? 0) * (product.priceReal[t] ?? 0)));
    out[t] = value === 0 ? 0 : value / primaryPrice;
  }
  return out;
}

/**
 * AISC of a multi-product evaluation. By-product basis (World Gold Council AISC guidance): a by-product's NSR is a
 * credit against the costs, its own smelter charges are already inside that NSR; co-products get no credit, their
 * costs stay in. Per payable unit of the primary.
 */
export function computeProductAisc(model: CompiledModel, s: EvaluationScratch): ProductAisc {
  let byProductCredits = 0;
  let byProductCharges = 0;
  model.products.forEach((product, k) => {
    const line = s.products[k + 1];
    if (product.role !== "by_product" || !line) return;
    byProductCredits += sum(line.netSmelterReturn);
    byProductCharges += netSmelterCharges(line);
  });
  const allIn = allInSustainingCost(s);
  const primaryPayable = sum(s.payableMetalUnits);
  const equivalent = sum(primaryEquivalentUnitsPerPeriod(model, s));
  return {
    byProductCredits,
    aiscPerPrimaryUnit: primaryPayable > 0 ? (allIn - byProductCharges - byProductCredits) / primaryPayable : NaN,
    primaryEquivalentUnits: equivalent,
    aiscPerEquivalentUnit: equivalent > 0 ? allIn / equivalent : NaN,
  };
}

/** A product's life-of-mine totals in the economic summary (metal in its price unit). */
export type ProductTotals = { name: string; role: "primary" | "co_product" | "by_product"; priceUnit: string; metalRecoveredUnits: number; payableMetalUnits: number; grossRevenue: number; netSmelterReturn: number; royalties: number };

/** Life-of-mine totals per product, primary first (multi-product evaluations only). */
export function summarizeProducts(model: CompiledModel, s: EvaluationScratch): ProductTotals[] {
  const { commodity } = model.inputs;
  const heads = [{ name: commodity.name, role: "primary" as const, priceUnit: commodity.priceUnit }, ...model.products];
  return heads.map((head, k) => {
    const line = s.products[k];
    const total = (name: keyof ProductLines): number => (line ? sum(line[name]) : 0);
    return {
      name: head.name,
      role: head.role,
      priceUnit: head.priceUnit,
      metalRecoveredUnits: total("metalRecoveredUnits"),
      payableMetalUnits: total("payableMetalUnits"),
      grossRevenue: total("grossRevenue"),
      netSmelterReturn: total("netSmelterReturn"),
      royalties: total("royalties"),
    };
  });
}

/** The economic summary's multi-product unit costs: AISC net of by-product credits, the credits, CuEq-style figures. */
export function productUnitCosts(model: CompiledModel, s: EvaluationScratch): { aiscPerPayableUnit: number | null; byProductCredits: number; primaryEquivalentUnits: number; aiscPerEquivalentUnit: number | null } {
  const aisc = computeProductAisc(model, s);
  const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
  return {
    aiscPerPayableUnit: finiteOrNull(aisc.aiscPerPrimaryUnit),
    byProductCredits: aisc.byProductCredits,
    primaryEquivalentUnits: aisc.primaryEquivalentUnits,
    aiscPerEquivalentUnit: finiteOrNull(aisc.aiscPerEquivalentUnit),
  };
}
