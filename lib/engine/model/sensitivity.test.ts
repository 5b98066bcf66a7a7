import { describe, expect, it } from "vitest";
import { findBreakEvenPrice } from "./break-even";
import { computeCashFlowTable } from "./cash-flow-table";
import { compileModel } from "./compile";
import type { ScenarioModelInputs } from "./schema";
import { runSensitivities, type SensitivityAnalysis, type SensitivityDriver } from "./sensitivity";
import { buildGoldenInputs, withChanges } from "./test-fixtures";

const npvOf = (inputs: ScenarioModelInputs): number => computeCashFlowTable(inputs).metrics.npv;
const pointOf = (analysis: SensitivityAnalysis, driver: SensitivityDriver, changePct: number) =>
  analysis.lines.find((l) => l.driver === driver)?.points.find((p) => p.changePct === changePct);

/** The same change made to the inputs themselves (an independent path through validation and compilation). */
function scaleOperatingCost(i: ScenarioModelInputs, f: number): void {
  for (const item of i.opexItems) item.unitCost *= f;
  for (const item of i.consumptionItems) item.unitPrice *= f;
  for (const unit of i.equipment) unit.operatingCostPerHour *= f;
}
function scaleCapital(i: ScenarioModelInputs, f: number): void {
  for (const item of i.capexItems) item.amount *= f;
  for (const unit of i.equipment) unit.purchaseCostPerUnit *= f;
  i.closure.closureCost *= f;
}

describe("one-at-a-time sensitivities on the golden copper mine", () => {
  const analysis = runSensitivities(compileModel(buildGoldenInputs()), [-20, -10, 10, 20, 30]);

  it("includes the base case in every line and matches the cash-flow table there", () => {
    const baseNpv = npvOf(buildGoldenInputs());
    expect(analysis.base.npv).toBe(baseNpv);
    for (const line of analysis.lines) {
      expect(line.points.map((p) => p.changePct)).toEqual([-20, -10, 0, 10, 20, 30]);
      expect(pointOf(analysis, line.driver, 0)?.npv).toBe(baseNpv);
    }
  });

  it("moves each driver exactly as the same change made to the inputs", () => {
    expect(pointOf(analysis, "price", 10)?.npv).toBeCloseTo(npvOf(withChanges((i) => void (i.commodity.price = 4 * 1.1))), 3);
    expect(pointOf(analysis, "head_grade", -20)?.npv).toBeCloseTo(npvOf(withChanges((i) => void (i.production.headGrade = i.production.headGrade.map((g) => g * 0.8)))), 3);
    expect(pointOf(analysis, "fx_rate", 20)?.npv).toBeCloseTo(npvOf(withChanges((i) => void (i.commodity.fxRate = 1.2))), 3);
    expect(pointOf(analysis, "operating_cost", 20)?.npv).toBeCloseTo(npvOf(withChanges((i) => scaleOperatingCost(i, 1.2))), 3);
    expect(pointOf(analysis, "capital_cost", -10)?.npv).toBeCloseTo(npvOf(withChanges((i) => scaleCapital(i, 0.9))), 3);
  });

  it("holds recovery at 100 % and says so when a step would exceed it", () => {
    const up30 = pointOf(analysis, "recovery", 30);
    expect(up30?.isCapped).toBe(true);
    expect(up30?.npv).toBeCloseTo(npvOf(withChanges((i) => void (i.production.recoveryPct = i.production.recoveryPct.map(() => 100)))), 3);
    expect(pointOf(analysis, "recovery", 10)?.isCapped).toBe(false);
  });

  it("rises with revenue drivers and falls with cost drivers", () => {
    const npvs = (driver: SensitivityDriver) => analysis.lines.find((l) => l.driver === driver)?.points.map((p) => p.npv) ?? [];
    const isRising = (values: number[]) => values.every((v, k) => k === 0 || v > (values[k - 1] ?? Infinity));
    expect(isRising(npvs("price"))).toBe(true);
    expect(isRising(npvs("head_grade"))).toBe(true);
    expect(isRising(npvs("operating_cost").map((v) => -v))).toBe(true);
    expect(isRising(npvs("capital_cost").map((v) => -v))).toBe(true);
  });

  it("finds break-evens at which the NPV is zero", () => {
    const [price, opex, capital] = analysis.breakEvens;
    const found = findBreakEvenPrice(compileModel(buildGoldenInputs()));
    expect(price?.kind === "found" && found.kind === "found" && price.factor === found.priceFactor).toBe(true);
    expect(opex?.kind).toBe("found");
    expect(capital?.kind).toBe("found");
    if (opex?.kind !== "found" || capital?.kind !== "found") return;
    expect(opex.changePct).toBeCloseTo((opex.factor - 1) * 100, 12);
    expect(Math.abs(npvOf(withChanges((i) => scaleOperatingCost(i, opex.factor))))).toBeLessThan(0.01);
    expect(Math.abs(npvOf(withChanges((i) => scaleCapital(i, capital.factor))))).toBeLessThan(0.01);
  });

  it("gives IRRs in %, null where the flows have none", () => {
    const base = analysis.base.irrPct;
    expect(base).not.toBeNull();
    expect(computeCashFlowTable(buildGoldenInputs()).metrics.irr).toMatchObject({ kind: "unique" });
    const hopeless = runSensitivities(compileModel(withChanges((i) => void (i.commodity.price = 0.01))), [10]);
    expect(pointOf(hopeless, "price", 10)?.irrPct).toBeNull();
  });
});

describe("break-evens that do not exist", () => {
  it("says an operating-cost break-even is never reached when the mine has no operating cost", () => {
    const noOpex = withChanges((i) => {
      i.opexItems = [];
      i.consumptionItems = [];
      i.equipment = [];
    });
    const analysis = runSensitivities(compileModel(noOpex), [10]);
    expect(analysis.breakEvens[1]).toEqual({ driver: "operating_cost", kind: "none", reason: "profitable_at_any_cost" });
  });
  it("says a capital break-even is impossible when the mine loses money even with no capital", () => {
    const analysis = runSensitivities(compileModel(withChanges((i) => void (i.commodity.price = 0.5))), [10]);
    expect(analysis.breakEvens[2]).toEqual({ driver: "capital_cost", kind: "none", reason: "unprofitable_at_zero_cost" });
  });
});
