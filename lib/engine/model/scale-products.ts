/**
 * Sensitivities and break-evens move price, grade or recovery of EVERY product by the same factor (the primary through
 * its override, the co- and by-products here), so that "price −10 %" means the whole metal basket at −10 %.
 */
import type { CompiledModel, CompiledProduct } from "./compiled-model";
import type { ModelTarget } from "./targets";

const PRODUCT_FIELD: Partial<Record<ModelTarget, "priceReal" | "headGrade" | "recoveryPct">> = {
  price: "priceReal",
  head_grade: "headGrade",
  recovery: "recoveryPct",
};

/** True when the target moves every product in a sensitivity (price, head_grade, recovery) and there are products. */
export function movesProducts(model: CompiledModel, target: ModelTarget): boolean {
  return model.products.length > 0 && PRODUCT_FIELD[target] !== undefined;
}

/**
 * A copy of the model (arrays shared except the scaled one) with every co-/by-product's price, grade or recovery
 * times `factor`; recovery held at 100 % (`isCapped` says it was). The primary is untouched: move it by an override.
 * @example scaleProducts(model, "price", 1.1).model.products[0].priceReal // +10 %
 */
export function scaleProducts(model: CompiledModel, target: ModelTarget, factor: number): { model: CompiledModel; isCapped: boolean } {
  const field = PRODUCT_FIELD[target];
  if (!field) return { model, isCapped: false };
  let isCapped = false;
  const products = model.products.map((product): CompiledProduct => {
    const scaled = product[field].map((value) => value * factor);
    if (field === "recoveryPct") {
      isCapped ||= scaled.some((value) => value > 100);
      for (let t = 0; t < scaled.length; t++) scaled[t] = Math.min(100, scaled[t] ?? 0);
    }
    return { ...product, [field]: scaled };
  });
  return { model: { ...model, products }, isCapped };
}
