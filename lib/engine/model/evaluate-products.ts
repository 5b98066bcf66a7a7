/**
 * Revenue of the co- and by-products, run after `evaluateRevenue` (the primary) only when the model has products:
 * a single-product evaluation never enters this file. Per product i and production period t:
 *   recovered_i = ore_t x grade_i,t x unitsPerTonnePerGrade_i x recovery_i,t / 100   (product i's price unit)
 *   payable_i   = recovered_i x payable%_i / 100
 *   gross_i     = payable_i x price_i,t x inflation_t x fx_t
 *   NSR_i       = gross_i + premiums_i - TC_i (per dmt of its own concentrate, if any) - RC_i - penalties_i
 *   royalty_i   = nsr%_t x max(NSR_i, 0) + gross% x gross_i   (+ perUnit x recovered x inflation for the primary only:
 *                 that rate is per unit of the primary's metal)
 * Totals (the scratch's money lines and concentrate tonnes) = the sum over the products, primary first; its metal
 * lines stay the primary's (units differ between products). The total royalty is at least the
 * scenario minimum, and the top-up to it sits in the primary's royalty row. Ore, fx and the NSR royalty rate are the
 * scenario's drivers (so their Monte Carlo targets move every product); price, grade, recovery, payable, TC and RC
 * targets move the primary only.
 */
import type { OverrideBinding } from "./bind-overrides";
import type { CompiledModel, CompiledProduct } from "./compiled-model";
import { PRODUCT_LINE_NAMES, SUMMED_LINE_NAMES, type ProductLines } from "./product-lines";
import type { EvaluationScratch } from "./scratch";

export function evaluateProducts(model: CompiledModel, b: OverrideBinding, s: EvaluationScratch): void {
  const lines = s.products;
  const primary = lines[0];
  if (!primary) return;
  copyPrimary(model, b, s, primary);
  for (let k = 0; k < model.products.length; k++) {
    const product = model.products[k];
    const out = lines[k + 1];
    if (product && out) evaluateProduct(model, product, b, s.oreProcessedT, out);
  }
  sumProducts(model, s, lines);
}

/** The primary's lines as `evaluateRevenue` wrote them, with its royalty before the scenario minimum. */
function copyPrimary(model: CompiledModel, b: OverrideBinding, s: EvaluationScratch, out: ProductLines): void {
  for (const name of PRODUCT_LINE_NAMES) out[name].set(s[name]);
  const nsrPct = b.drivers.drivers.nsr_royalty_rate;
  const { grossRoyaltyPct, royaltyPerUnitProduced, inflationFactor } = model;
  for (let t = model.firstProductionPeriod; t < model.periodCount; t++) {
    const nsr = s.netSmelterReturn[t] ?? 0;
    // Same operations as evaluateRevenue's royalty before its max with the minimum.
    out.royalties[t] = ((nsrPct[t] ?? 0) / 100) * Math.max(nsr, 0) + (grossRoyaltyPct / 100) * (s.grossRevenue[t] ?? 0) + royaltyPerUnitProduced * (s.metalRecoveredUnits[t] ?? 0) * (inflationFactor[t] ?? 1);
  }
}

function evaluateProduct(model: CompiledModel, p: CompiledProduct, b: OverrideBinding, ore: Float64Array, out: ProductLines): void {
  const { fx_rate: fx, nsr_royalty_rate: nsrPct } = b.drivers.drivers;
  const { inflationFactor, grossRoyaltyPct } = model;
  const hasConcentrate = p.concentrateGradePct > 0;
  for (const name of PRODUCT_LINE_NAMES) out[name].fill(0);
  for (let t = model.firstProductionPeriod; t < model.periodCount; t++) {
    const money = (inflationFactor[t] ?? 1) * (fx[t] ?? 0);
    const recovered = (ore[t] ?? 0) * (p.headGrade[t] ?? 0) * p.metalUnitsPerTonnePerGrade * ((p.recoveryPct[t] ?? 0) / 100);
    const payable = recovered * (p.payablePct / 100);
    const dmt = hasConcentrate ? (recovered * p.tonnesPerMetalUnit) / (p.concentrateGradePct / 100) : 0;
    const gross = payable * (p.priceReal[t] ?? 0) * money;
    const premiums = payable * p.premiumPerUnit * money;
    const treatment = dmt * p.treatmentChargePerDmt * money;
    const refining = payable * p.refiningChargePerUnit * money;
    const penalties = dmt * p.penaltyPerDmt * money;
    const nsr = gross + premiums - treatment - refining - penalties;
    out.metalRecoveredUnits[t] = recovered;
    out.payableMetalUnits[t] = payable;
    out.concentrateDmt[t] = dmt;
    out.grossRevenue[t] = gross;
    out.premiums[t] = premiums;
    out.treatmentCharges[t] = treatment;
    out.refiningCharges[t] = refining;
    out.penalties[t] = penalties;
    out.netSmelterReturn[t] = nsr;
    out.royalties[t] = ((nsrPct[t] ?? 0) / 100) * Math.max(nsr, 0) + (grossRoyaltyPct / 100) * gross;
  }
}

/** Totals = Σ products (primary first); the minimum royalty's top-up goes to the primary's row first. */
function sumProducts(model: CompiledModel, s: EvaluationScratch, lines: readonly ProductLines[]): void {
  const primary = lines[0];
  if (!primary) return;
  for (let t = model.firstProductionPeriod; t < model.periodCount; t++) {
    let royalties = 0;
    for (const line of lines) royalties += line.royalties[t] ?? 0;
    const minimum = model.minimumRoyaltyPerPeriod * (model.inflationFactor[t] ?? 1);
    if (royalties < minimum) primary.royalties[t] = (primary.royalties[t] ?? 0) + (minimum - royalties);
  }
  for (const name of SUMMED_LINE_NAMES) {
    const total = s[name];
    total.set(primary[name]);
    for (let k = 1; k < lines.length; k++) {
      const line = lines[k];
      if (line) for (let t = 0; t < total.length; t++) total[t] = (total[t] ?? 0) + (line[name][t] ?? 0);
    }
  }
}
