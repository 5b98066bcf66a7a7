import { describe, expect, it } from "vitest";
import { npv, projectIrr, type DiscountConvention } from "../finance";
import { findBreakEvenPrice } from "./break-even";
import { computeCashFlowTable } from "./cash-flow-table";
import { compileModel } from "./compile";
import { computeEconomicSummary, paybackFigures } from "./economic-summary";
import type { ScenarioModelInputs } from "./schema";
import { runSensitivities } from "./sensitivity";
import { buildGoldenInputs, withChanges } from "./test-fixtures";
import { ScenarioModelValidationError, validateScenarioModelInputs } from "./validate";

// What the valuation conventions do to the figures built on the NPV: payback from the valuation date, the IRR rule,
// break-evens and sensitivities, the stated conventions, and validation. Golden mine: 3 construction periods, 8 %.

type Economics = Partial<ScenarioModelInputs["economics"]>;
const withEconomics = (economics: Economics): ScenarioModelInputs => withChanges((i) => void Object.assign(i.economics, economics));
const START_OF_PRODUCTION: Economics = { valuationDate: "start_of_production" };
const MID_PERIOD_ZERO_AT_VALUATION: Economics = { discounting: "mid", periodZeroTiming: "at_valuation_date" };

describe("payback from the valuation date (years)", () => {
  // Cumulative -60, -100, -70, -30, +20: 4.6 years from the start of period 0 (conservative, interpolated rule).
  const flows = Float64Array.of(-60, -40, 30, 40, 50);

  it("is the payback from the start of period 0 less V: V = 0, 1, c", () => {
    expect(paybackFigures(flows, 2, 0).fromValuationDateYears).toBeCloseTo(4.6, 12);
    expect(paybackFigures(flows, 2, 1).fromValuationDateYears).toBeCloseTo(3.6, 12);
    expect(paybackFigures(flows, 2, 2)).toEqual({ fromValuationDateYears: expect.closeTo(2.6, 12) as number, fromProductionStartYears: expect.closeTo(2.6, 12) as number });
  });
  it("defaults to the end of period 0 (V = 1)", () => {
    expect(paybackFigures(flows, 2)).toEqual(paybackFigures(flows, 2, 1));
  });
  it("is never below 0: a project that turns for good before the valuation date pays back at once", () => {
    // Cumulative -10, +20, +25: 1 + 10 / 30 years from the start of period 0, before a valuation at the start of year 3.
    expect(paybackFigures(Float64Array.of(-10, 30, 5), 3, 3)).toEqual({ fromValuationDateYears: 0, fromProductionStartYears: 0 });
  });
  it("follows the scenario's valuation date in the economic summary", () => {
    const fromStart = computeCashFlowTable(buildGoldenInputs()).metrics.payback;
    if (!fromStart.reached) throw new Error("the golden mine pays back");
    const cases: [Economics, number][] = [[{ valuationDate: "start_of_period_0" }, 0], [{}, 1], [START_OF_PRODUCTION, 3]];
    for (const [economics, valuationTime] of cases) {
      const { afterTaxPayback } = computeEconomicSummary(compileModel(withEconomics(economics)));
      expect(afterTaxPayback.fromValuationDateYears).toBeCloseTo(fromStart.years - valuationTime, 12);
      expect(afterTaxPayback.fromProductionStartYears).toBeCloseTo(fromStart.years - 3, 12);
    }
  });
});

describe("the stated conventions", () => {
  it("name the valuation date, its time V and its calendar year", () => {
    const at = (economics: Economics) => computeEconomicSummary(compileModel(withEconomics(economics)), [8]).conventions;
    expect(at({ valuationDate: "start_of_period_0" })).toMatchObject({ valuationDate: "start_of_period_0", valuationTimeYears: 0, valuationYear: 2026 });
    expect(at(START_OF_PRODUCTION)).toMatchObject({ valuationDate: "start_of_production", valuationTimeYears: 3, valuationYear: 2029 });
    expect(at(MID_PERIOD_ZERO_AT_VALUATION)).toEqual({ valuationDate: "end_of_period_0", valuationYear: 2026, valuationTimeYears: 1, timing: "mid", periodZeroTiming: "at_valuation_date", terms: "real", inflationPct: 0 });
  });
});

describe("IRR: always the IRR of the period-spaced flows", () => {
  const base = computeCashFlowTable(buildGoldenInputs());
  const flows = base.rows.map((r) => r.afterTaxCashFlow);
  const irr = projectIrr(flows);
  const cf0 = flows[0] ?? NaN;

  it("is the same under every convention, and NPV is 0 at it whenever period 0 follows the timing", () => {
    const conventions: [Economics, DiscountConvention][] = [
      [{ valuationDate: "start_of_period_0" }, { valuationTimeYears: 0 }],
      [{ valuationDate: "start_of_production", discounting: "mid" }, { valuationTimeYears: 3, timing: "mid" }],
      [MID_PERIOD_ZERO_AT_VALUATION, { timing: "mid", periodZeroTiming: "at_valuation_date" }],
    ];
    for (const [economics, convention] of conventions) {
      const summary = computeEconomicSummary(compileModel(withEconomics(economics)));
      expect(computeCashFlowTable(withEconomics(economics)).metrics.irr).toEqual(base.metrics.irr);
      expect(summary.afterTaxIrrPct).toBe(irr * 100);
      if (convention.periodZeroTiming === undefined) expect(Math.abs(npv(irr, flows, convention))).toBeLessThan(1e-3);
    }
  });

  it("with period 0 kept at the valuation date, NPV at the IRR is CF0·(1 − (1 + IRR)^(V − T0)), not 0", () => {
    // NPV(r) = CF0 + (1 + r)^(V − T0) (Σ CF_t (1 + r)^-t − CF0), and the sum is 0 at the IRR; T0 = 0.5 (mid) or 1 (end).
    const cases: [DiscountConvention, number][] = [
      [{ timing: "mid", periodZeroTiming: "at_valuation_date" }, 1 - 0.5],
      [{ timing: "mid", valuationTimeYears: 0, periodZeroTiming: "at_valuation_date" }, 0 - 0.5],
      [{ valuationTimeYears: 0, periodZeroTiming: "at_valuation_date" }, 0 - 1],
    ];
    for (const [convention, shift] of cases) {
      const expected = cf0 * (1 - Math.pow(1 + irr, shift));
      expect(Math.abs(expected)).toBeGreaterThan(1e5);
      expect(npv(irr, flows, convention)).toBeCloseTo(expected, 2);
    }
  });
});

describe("break-evens and sensitivities use the convention's NPV", () => {
  it("a common shift of the valuation date scales every NPV by (1 + r)^(V − 1) and leaves the break-evens", () => {
    const base = runSensitivities(compileModel(buildGoldenInputs()), [-10, 10]);
    const shifted = runSensitivities(compileModel(withEconomics(START_OF_PRODUCTION)), [-10, 10]);
    expect(shifted.base.npv).toBeCloseTo(base.base.npv * 1.08 ** 2, 4);
    shifted.lines.forEach((line, k) => line.points.forEach((point, j) => expect(point.npv).toBeCloseTo((base.lines[k]?.points[j]?.npv ?? NaN) * 1.08 ** 2, 3)));
    shifted.breakEvens.forEach((b, k) => {
      const other = base.breakEvens[k];
      expect(b.kind === "found" && other?.kind === "found" && b.factor).toBeCloseTo(other?.kind === "found" ? other.factor : NaN, 9);
    });
  });

  it("with period 0 at the valuation date and mid timing, NPV is 0 at that convention's break-even price", () => {
    const result = findBreakEvenPrice(compileModel(withEconomics(MID_PERIOD_ZERO_AT_VALUATION)));
    const plain = findBreakEvenPrice(compileModel(buildGoldenInputs()));
    if (result.kind !== "found" || plain.kind !== "found") throw new Error("the golden mine has a break-even price");
    // Period 0 (an outlay) weighs less than with √1.08 applied to it, so the break-even price is lower.
    expect(result.pricePerUnit).toBeLessThan(plain.pricePerUnit);
    const atBreakEven = computeCashFlowTable(withChanges((i) => void Object.assign(i, { commodity: { ...i.commodity, price: result.pricePerUnit }, economics: { ...i.economics, ...MID_PERIOD_ZERO_AT_VALUATION } }))).metrics.npv;
    expect(Math.abs(atBreakEven)).toBeLessThan(0.01);
    const analysis = runSensitivities(compileModel(withEconomics(MID_PERIOD_ZERO_AT_VALUATION)), [10]);
    expect(analysis.base.npv).toBeCloseTo(computeCashFlowTable(withEconomics(MID_PERIOD_ZERO_AT_VALUATION)).metrics.npv, 4);
  });
});

describe("validation of the conventions", () => {
  const errorsOf = (economics: Economics) => {
    const result = validateScenarioModelInputs(withEconomics(economics));
    return result.ok ? [] : result.errors.map(({ path, rule }) => ({ path, rule }));
  };
  it("refuses period 0 at the valuation date when the valuation date is the start of production", () => {
    expect(errorsOf({ valuationDate: "start_of_production", periodZeroTiming: "at_valuation_date" })).toEqual([{ path: "economics.periodZeroTiming", rule: "valuation_date_at_period_0" }]);
    expect(() => compileModel(withEconomics({ valuationDate: "start_of_production", periodZeroTiming: "at_valuation_date" }))).toThrow(ScenarioModelValidationError);
  });
  it("accepts it at the start or the end of period 0, and every other combination", () => {
    expect(errorsOf({ valuationDate: "start_of_period_0", periodZeroTiming: "at_valuation_date" })).toEqual([]);
    expect(errorsOf({ valuationDate: "end_of_period_0", periodZeroTiming: "at_valuation_date" })).toEqual([]);
    expect(errorsOf({ valuationDate: "start_of_production", periodZeroTiming: "with_timing" })).toEqual([]);
  });
  it("refuses unknown values with the enum rule", () => {
    expect(errorsOf({ valuationDate: "mid_construction" } as unknown as Economics)).toEqual([{ path: "economics.valuationDate", rule: "enum" }]);
    expect(errorsOf({ periodZeroTiming: "first" } as unknown as Economics)).toEqual([{ path: "economics.periodZeroTiming", rule: "enum" }]);
  });
});
