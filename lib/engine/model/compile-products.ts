/** Compiles the co- and by-products (`products`): the per-period arrays and constants their revenue loop reads. */
import type { CompiledProduct } from "./compiled-model";
import type { ScenarioModelInputs } from "./schema";
import type { ProductInput } from "./schema-products";
import { metalUnitsPerTonnePerGrade, tonnesPerPriceUnit } from "./units";

type Smelter = ScenarioModelInputs["smelter"];

/** Penalties per dry tonne of concentrate (price currency, real): linear per % above each threshold; 0 without concentrate. */
export function penaltyPerDmtOf(smelter: Smelter): number {
  const c = smelter.concentrate;
  if (!c) return 0;
  const moisture = c.moisturePenalty ? Math.max(0, c.moisturePct - c.moisturePenalty.thresholdPct) * c.moisturePenalty.chargePerDmtPerPct : 0;
  const impurity = c.impurityPenalty ? Math.max(0, c.impurityPenalty.contentPct - c.impurityPenalty.thresholdPct) * c.impurityPenalty.chargePerDmtPerPct : 0;
  return moisture + impurity;
}

/** A production-period schedule (or one flat value) as a project-period array, zero during construction. */
function toProjectPeriods(values: readonly number[] | number, periodCount: number, first: number): Float64Array {
  const out = new Float64Array(periodCount);
  for (let t = first; t < periodCount; t++) out[t] = typeof values === "number" ? values : (values[t - first] ?? 0);
  return out;
}

function compileProduct(product: ProductInput, periodCount: number, first: number): CompiledProduct {
  const { smelter } = product;
  return {
    name: product.name,
    role: product.role,
    gradeUnit: product.gradeUnit,
    priceUnit: product.priceUnit,
    headGrade: toProjectPeriods(product.headGrade, periodCount, first),
    recoveryPct: toProjectPeriods(product.recoveryPct, periodCount, first),
    priceReal: toProjectPeriods(product.price, periodCount, first),
    metalUnitsPerTonnePerGrade: metalUnitsPerTonnePerGrade(product.gradeUnit, product.priceUnit),
    tonnesPerMetalUnit: tonnesPerPriceUnit(product.priceUnit),
    payablePct: smelter.payablePct,
    refiningChargePerUnit: smelter.refiningChargePerUnit,
    premiumPerUnit: smelter.premiumPerUnit,
    treatmentChargePerDmt: smelter.concentrate?.treatmentChargePerDmt ?? 0,
    concentrateGradePct: smelter.concentrate?.gradePct ?? 0,
    penaltyPerDmt: penaltyPerDmtOf(smelter),
  };
}

/** Every entry of `inputs.products` compiled, in input order; [] for a single-product scenario. */
export function compileProducts(inputs: ScenarioModelInputs, periodCount: number): CompiledProduct[] {
  const first = inputs.timeline.constructionPeriods;
  return (inputs.products ?? []).map((product) => compileProduct(product, periodCount, first));
}
