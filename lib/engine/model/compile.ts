/**
 * compileModel: validation plus every computation that does not depend on the sampled variables,
 * done once per scenario (or per Monte Carlo run) so that evaluation is cheap and allocation-free.
 */
import { valuationShiftYears, valuationTimeYears, type ResolvedConvention } from "../finance";
import type { CompiledModel } from "./compiled-model";
import { buildCapitalLines, buildCostLines } from "./compile-lines";
import { compileProducts, penaltyPerDmtOf } from "./compile-products";
import type { ScenarioModelInputs } from "./schema";
import { metalUnitsPerTonnePerGrade, tonnesPerPriceUnit } from "./units";
import { ScenarioModelValidationError, validateScenarioModelInputs } from "./validate";

/** Copies a production-period schedule into a project-period array (zeros during construction). */
function toProjectPeriods(values: readonly number[] | number | undefined, periodCount: number, first: number): Float64Array {
  const out = new Float64Array(periodCount);
  for (let t = first; t < periodCount; t++) {
    out[t] = typeof values === "number" ? values : (values?.[t - first] ?? 0);
  }
  return out;
}

function buildInflation(inputs: ScenarioModelInputs, periodCount: number): Float64Array {
  const out = new Float64Array(periodCount);
  const rate = inputs.economics.terms === "nominal" ? inputs.economics.inflationPct / 100 : 0;
  for (let t = 0; t < periodCount; t++) out[t] = Math.pow(1 + rate, t);
  return out;
}

/** The discounting convention with its defaults: end of period 0, period 0 with the timing. */
function buildConvention(inputs: ScenarioModelInputs): ResolvedConvention {
  const { discounting, valuationDate = "end_of_period_0", periodZeroTiming = "with_timing" } = inputs.economics;
  return { timing: discounting, valuationTimeYears: valuationTimeYears(valuationDate, inputs.timeline.constructionPeriods), periodZeroTiming };
}

/**
 * Validates and pre-computes a scenario model.
 * @param raw - scenario model inputs (untrusted)
 * @returns the compiled model
 * @throws {ScenarioModelValidationError} listing every invalid field and the rule it breaks
 * @example const model = compileModel(inputs); evaluateModel(model, bindOverrides(model, []), new Float64Array(0), createScratch(model));
 */
export function compileModel(raw: unknown): CompiledModel {
  const result = validateScenarioModelInputs(raw);
  if (!result.ok) throw new ScenarioModelValidationError(result.errors);
  const inputs = result.inputs;
  const first = inputs.timeline.constructionPeriods;
  const periodCount = first + inputs.timeline.productionPeriods;
  const p = inputs.production;
  const horizon = {
    periodCount,
    firstProductionPeriod: first,
    inflationFactor: buildInflation(inputs, periodCount),
    oreMinedT: toProjectPeriods(p.oreMinedT, periodCount, first),
    wasteMinedT: toProjectPeriods(p.wasteMinedT, periodCount, first),
  };
  const concentrate = inputs.smelter.concentrate;
  const salvage = new Float64Array(periodCount);
  salvage[periodCount - 1] = inputs.closure.salvageValue * (horizon.inflationFactor[periodCount - 1] ?? 1);
  const discountConvention = buildConvention(inputs);
  return {
    inputs,
    periodCount,
    firstProductionPeriod: first,
    oreMinedT: horizon.oreMinedT,
    wasteMinedT: horizon.wasteMinedT,
    oreProcessedT: toProjectPeriods(p.oreProcessedT, periodCount, first),
    headGrade: toProjectPeriods(p.headGrade, periodCount, first),
    recoveryPct: toProjectPeriods(p.recoveryPct, periodCount, first),
    priceReal: toProjectPeriods(inputs.commodity.price, periodCount, first),
    inflationFactor: horizon.inflationFactor,
    metalUnitsPerTonnePerGrade: metalUnitsPerTonnePerGrade(inputs.commodity.gradeUnit, inputs.commodity.priceUnit),
    tonnesPerMetalUnit: tonnesPerPriceUnit(inputs.commodity.priceUnit),
    payablePct: inputs.smelter.payablePct,
    fxRate: inputs.commodity.fxRate,
    refiningChargePerUnit: inputs.smelter.refiningChargePerUnit,
    premiumPerUnit: inputs.smelter.premiumPerUnit,
    treatmentChargePerDmt: concentrate?.treatmentChargePerDmt ?? 0,
    concentrateGradePct: concentrate?.gradePct ?? 0,
    penaltyPerDmt: penaltyPerDmtOf(inputs.smelter),
    nsrRoyaltyPct: inputs.royalties.nsrPct,
    grossRoyaltyPct: inputs.royalties.grossRevenuePct,
    royaltyPerUnitProduced: inputs.royalties.perUnitProduced,
    minimumRoyaltyPerPeriod: inputs.royalties.minimumPerPeriod,
    products: compileProducts(inputs, periodCount),
    costLines: buildCostLines(inputs, horizon),
    capitalLines: buildCapitalLines(inputs, horizon),
    salvage,
    discountRatePct: inputs.economics.discountRatePct,
    discounting: inputs.economics.discounting,
    valuationDate: inputs.economics.valuationDate ?? "end_of_period_0",
    discountConvention,
    valuationShiftYears: valuationShiftYears(discountConvention),
    irrMinRate: (inputs.economics.irrMinRatePct ?? -99) / 100,
    taxRatePct: inputs.tax.incomeTaxRatePct,
    depreciation: inputs.tax.depreciation,
    lossCarryForward: inputs.tax.lossCarryForward,
    receivableDays: inputs.workingCapital.receivableDays,
    payableDays: inputs.workingCapital.payableDays,
  };
}
