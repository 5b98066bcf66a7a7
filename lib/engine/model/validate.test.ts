import { describe, expect, it } from "vitest";
import { compileModel } from "./compile";
import { ScenarioModelValidationError, validateScenarioModelInputs } from "./validate";
import { buildGoldenInputs, withChanges } from "./test-fixtures";
import type { ScenarioModelInputs } from "./schema";

function errorsOf(inputs: unknown): { path: string; rule: string }[] {
  const result = validateScenarioModelInputs(inputs);
  if (result.ok) return [];
  return result.errors.map(({ path, rule }) => ({ path, rule }));
}

const cases: [string, (i: ScenarioModelInputs) => void, string, string][] = [
  ["negative tonnage", (i) => void (i.production.oreProcessedT[1] = -5), "production.oreProcessedT.1", "min"],
  ["recovery of 140 %", (i) => void (i.production.recoveryPct[2] = 140), "production.recoveryPct.2", "max"],
  ["grade above 100 %", (i) => void (i.production.headGrade[0] = 120), "production.headGrade.0", "max"],
  ["schedule shorter than the production periods", (i) => void i.production.headGrade.pop(), "production.headGrade", "length_matches_production_periods"],
  ["price array of the wrong length", (i) => void (i.commodity.price = [4, 4]), "commodity.price", "length_matches_production_periods"],
  ["end period before start period", (i) => void Object.assign(i.opexItems[0] ?? {}, { startPeriod: 5, endPeriod: 4 }), "opexItems.0.endPeriod", "end_not_before_start"],
  ["spend period after the project", (i) => void ((i.capexItems[0] ?? { spendPeriod: 0 }).spendPeriod = 8), "capexItems.0.spendPeriod", "period_within_project_life"],
  ["consumption with both rate and quantity", (i) => void ((i.consumptionItems[0] ?? { quantityPerPeriod: 0 }).quantityPerPeriod = 5), "consumptionItems.0", "rate_xor_quantity"],
  ["negative consumption", (i) => void ((i.consumptionItems[0] ?? { ratePerTonneProcessed: 0 }).ratePerTonneProcessed = -1), "consumptionItems.0.ratePerTonneProcessed", "min"],
  ["duplicate ids", (i) => void i.capexItems.push(...i.capexItems.slice(0, 1)), "capexItems.3.id", "unique_id"],
  ["bad currency code", (i) => void (i.currency = "usd"), "currency", "format"],
  ["unknown opex basis", (i) => void Object.assign(i.opexItems[0] ?? {}, { basis: "hourly" }), "opexItems.0.basis", "enum"],
  ["non-integer construction periods", (i) => void (i.timeline.constructionPeriods = 2.5), "timeline.constructionPeriods", "type"],
  ["zero production periods", (i) => void (i.timeline.productionPeriods = 0), "timeline.productionPeriods", "min"],
  ["zero fx rate", (i) => void (i.commodity.fxRate = 0), "commodity.fxRate", "min"],
  ["tax rate above 100 %", (i) => void (i.tax.incomeTaxRatePct = 101), "tax.incomeTaxRatePct", "max"],
  ["equipment life of 0 years", (i) => void ((i.equipment[0] ?? { lifeYears: 1 }).lifeYears = 0), "equipment.0.lifeYears", "min"],
  ["receivable days above a year", (i) => void (i.workingCapital.receivableDays = 400), "workingCapital.receivableDays", "max"],
  ["concentrate grade of 0 %", (i) => void Object.assign(i.smelter.concentrate ?? {}, { gradePct: 0 }), "smelter.concentrate.gradePct", "min"],
];

describe("validateScenarioModelInputs", () => {
  it("accepts the golden inputs", () => {
    expect(validateScenarioModelInputs(buildGoldenInputs()).ok).toBe(true);
  });
  it.each(cases)("rejects %s, naming the field and the rule", (_name, change, path, rule) => {
    expect(errorsOf(withChanges(change))).toContainEqual({ path, rule });
  });
  it("rejects a missing section and non-objects", () => {
    const { tax: _tax, ...rest } = buildGoldenInputs();
    expect(errorsOf(rest)).toContainEqual({ path: "tax", rule: "type" });
    expect(errorsOf(null).length).toBeGreaterThan(0);
  });
  it("never clamps: compileModel throws with every error", () => {
    const bad = withChanges((i) => {
      i.production.recoveryPct[0] = 140;
      i.production.oreMinedT[0] = -1;
    });
    expect(() => compileModel(bad)).toThrow(ScenarioModelValidationError);
    try {
      compileModel(bad);
    } catch (error) {
      expect(error instanceof ScenarioModelValidationError && error.errors.length).toBe(2);
    }
  });
});
