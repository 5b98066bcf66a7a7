/** Revenue side of one evaluation: metal, payable metal, NSR (net smelter return) and royalties. */
import { applyOverride, type OverrideBinding } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import type { EvaluationScratch } from "./scratch";

/**
 * Per production period t (construction periods are zero):
 *   recovered = ore_t x grade_t x unitsPerTonnePerGrade x recovery_t
 *   payable   = recovered x payable%
 *   gross     = payable x price_t x inflation_t x fx
 *   NSR       = gross + premiums - TC (per dmt of concentrate) - RC (per payable unit) - penalties
 *   royalty   = max(minimum x inflation_t, nsr% x max(NSR, 0) + gross% x gross + perUnit x recovered x inflation_t)
 */
export function evaluateRevenue(model: CompiledModel, b: OverrideBinding, values: Float64Array, s: EvaluationScratch): void {
  const k = b.scalarIndex;
  const first = model.firstProductionPeriod;
  for (let t = 0; t < first; t++) zeroRevenue(s, t);
  for (let t = first; t < model.periodCount; t++) {
    const inflation = model.inflationFactor[t] ?? 1;
    const ore = applyOverride(b, values, k.ore_processed, t, model.oreProcessedT[t] ?? 0);
    const grade = applyOverride(b, values, k.head_grade, t, model.headGrade[t] ?? 0);
    const recovery = applyOverride(b, values, k.recovery, t, model.recoveryPct[t] ?? 0) / 100;
    const payable = applyOverride(b, values, k.payable, t, model.payablePct) / 100;
    const money = inflation * applyOverride(b, values, k.fx_rate, t, model.fxRate);
    const recovered = ore * grade * model.metalUnitsPerTonnePerGrade * recovery;
    const payableUnits = recovered * payable;
    const dmt = model.concentrateGradePct > 0 ? (recovered * model.tonnesPerMetalUnit) / (model.concentrateGradePct / 100) : 0;
    const gross = payableUnits * applyOverride(b, values, k.price, t, model.priceReal[t] ?? 0) * money;
    const premiums = payableUnits * model.premiumPerUnit * money;
    const tc = dmt * applyOverride(b, values, k.treatment_charge, t, model.treatmentChargePerDmt) * money;
    const rc = payableUnits * applyOverride(b, values, k.refining_charge, t, model.refiningChargePerUnit) * money;
    const penalties = dmt * model.penaltyPerDmt * money;
    const nsr = gross + premiums - tc - rc - penalties;
    const nsrRoyaltyPct = applyOverride(b, values, k.nsr_royalty_rate, t, model.nsrRoyaltyPct);
    const royalty = (nsrRoyaltyPct / 100) * Math.max(nsr, 0) + (model.grossRoyaltyPct / 100) * gross + model.royaltyPerUnitProduced * recovered * inflation;
    s.oreProcessedT[t] = ore;
    s.metalRecoveredUnits[t] = recovered;
    s.payableMetalUnits[t] = payableUnits;
    s.concentrateDmt[t] = dmt;
    s.grossRevenue[t] = gross;
    s.premiums[t] = premiums;
    s.treatmentCharges[t] = tc;
    s.refiningCharges[t] = rc;
    s.penalties[t] = penalties;
    s.netSmelterReturn[t] = nsr;
    s.royalties[t] = Math.max(royalty, model.minimumRoyaltyPerPeriod * inflation);
  }
}

function zeroRevenue(s: EvaluationScratch, t: number): void {
  s.oreProcessedT[t] = 0;
  s.metalRecoveredUnits[t] = 0;
  s.payableMetalUnits[t] = 0;
  s.concentrateDmt[t] = 0;
  s.grossRevenue[t] = 0;
  s.premiums[t] = 0;
  s.treatmentCharges[t] = 0;
  s.refiningCharges[t] = 0;
  s.penalties[t] = 0;
  s.netSmelterReturn[t] = 0;
  s.royalties[t] = 0;
}
