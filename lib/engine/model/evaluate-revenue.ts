/** Revenue side of one evaluation: metal, payable metal, NSR (net smelter return) and royalties. */
import type { OverrideBinding } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import type { EvaluationScratch } from "./scratch";

/**
 * Per production period t (construction periods are zero), with the drivers (ore, grade, ...) as overridden:
 *   recovered = ore_t x grade_t x unitsPerTonnePerGrade x recovery_t
 *   payable   = recovered x payable%
 *   gross     = payable x price_t x inflation_t x fx
 *   NSR       = gross + premiums - TC (per dmt of concentrate) - RC (per payable unit) - penalties
 *   royalty   = max(minimum x inflation_t, nsr% x max(NSR, 0) + gross% x gross + perUnit x recovered x inflation_t)
 */
export function evaluateRevenue(model: CompiledModel, b: OverrideBinding, s: EvaluationScratch): void {
  const first = model.firstProductionPeriod;
  for (let t = 0; t < first; t++) zeroRevenue(s, t);
  // Locals for every array and constant: the loop then reads no object field.
  const { price, head_grade: grade, recovery, ore_processed: ore, payable, fx_rate: fx, treatment_charge: tc, refining_charge: rc, nsr_royalty_rate: nsrPct } = b.drivers.drivers;
  const { inflationFactor, metalUnitsPerTonnePerGrade, tonnesPerMetalUnit, concentrateGradePct, premiumPerUnit, penaltyPerDmt } = model;
  const { grossRoyaltyPct, royaltyPerUnitProduced, minimumRoyaltyPerPeriod } = model;
  const hasConcentrate = concentrateGradePct > 0;
  const { oreProcessedT, metalRecoveredUnits, payableMetalUnits, concentrateDmt, grossRevenue, premiums: premiumsOut } = s;
  const { treatmentCharges, refiningCharges, penalties: penaltiesOut, netSmelterReturn: nsrOut, royalties } = s;
  for (let t = first; t < model.periodCount; t++) {
    const inflation = inflationFactor[t] ?? 1;
    const oreT = ore[t] ?? 0;
    const money = inflation * (fx[t] ?? 0);
    const recovered = oreT * (grade[t] ?? 0) * metalUnitsPerTonnePerGrade * ((recovery[t] ?? 0) / 100);
    const payableUnits = recovered * ((payable[t] ?? 0) / 100);
    const dmt = hasConcentrate ? (recovered * tonnesPerMetalUnit) / (concentrateGradePct / 100) : 0;
    const gross = payableUnits * (price[t] ?? 0) * money;
    const premiums = payableUnits * premiumPerUnit * money;
    const treatment = dmt * (tc[t] ?? 0) * money;
    const refining = payableUnits * (rc[t] ?? 0) * money;
    const penalties = dmt * penaltyPerDmt * money;
    const netSmelterReturn = gross + premiums - treatment - refining - penalties;
    const royalty = ((nsrPct[t] ?? 0) / 100) * Math.max(netSmelterReturn, 0) + (grossRoyaltyPct / 100) * gross + royaltyPerUnitProduced * recovered * inflation;
    oreProcessedT[t] = oreT;
    metalRecoveredUnits[t] = recovered;
    payableMetalUnits[t] = payableUnits;
    concentrateDmt[t] = dmt;
    grossRevenue[t] = gross;
    premiumsOut[t] = premiums;
    treatmentCharges[t] = treatment;
    refiningCharges[t] = refining;
    penaltiesOut[t] = penalties;
    nsrOut[t] = netSmelterReturn;
    royalties[t] = Math.max(royalty, minimumRoyaltyPerPeriod * inflation);
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
