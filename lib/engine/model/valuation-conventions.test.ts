import { describe, expect, it } from "vitest";
import { PERIOD_ZERO_TIMINGS, VALUATION_DATES, type DiscountTiming, type PeriodZeroTiming, type ValuationDate } from "../finance";
import { bindOverrides } from "./bind-overrides";
import { computeCashFlowTable } from "./cash-flow-table";
import { compileModel } from "./compile";
import { computeEconomicSummary } from "./economic-summary";
import { evaluateModel } from "./evaluate";
import { createScratch } from "./scratch";
import { buildGoldenInputs, withChanges } from "./test-fixtures";

// Every valuation date × timing × period-0 timing on the golden mine (3 construction periods, 8 % a year): the
// cash-flow table, the metrics, the economic summary and the Monte Carlo evaluator (evaluateModel with a rate
// override) against the definition, factor_t = (1 + r)^-(time_t − V), time_t = t + 1 (end) or t + 0.5 (mid) years
// from the start of period 0, V = 0, 1 or 3, and 1 for period 0 kept at the valuation date.

type Combination = { valuationDate: ValuationDate; timing: DiscountTiming; periodZeroTiming: PeriodZeroTiming };

const CONSTRUCTION_PERIODS = 3;
const COMBINATIONS: Combination[] = VALUATION_DATES.flatMap((valuationDate) =>
  (["end", "mid"] as const).flatMap((timing) =>
    PERIOD_ZERO_TIMINGS.filter((p) => !(p === "at_valuation_date" && valuationDate === "start_of_production")).map((periodZeroTiming) => ({ valuationDate, timing, periodZeroTiming })),
  ),
);

const VALUATION_TIME: Record<ValuationDate, number> = { start_of_period_0: 0, end_of_period_0: 1, start_of_production: CONSTRUCTION_PERIODS };

/** The factor of period t written out from the definition (README §1), independent of the engine. */
function expectedFactor(c: Combination, ratePct: number, t: number): number {
  if (t === 0 && c.periodZeroTiming === "at_valuation_date") return 1;
  const time = c.timing === "mid" ? t + 0.5 : t + 1;
  return Math.pow(1 + ratePct / 100, -(time - VALUATION_TIME[c.valuationDate]));
}

const inputsFor = (c: Combination) =>
  withChanges((i) => void Object.assign(i.economics, { discounting: c.timing, valuationDate: c.valuationDate, periodZeroTiming: c.periodZeroTiming }));
const presentValue = (flows: readonly number[], c: Combination, ratePct: number): number => flows.reduce((pv, cf, t) => pv + cf * expectedFactor(c, ratePct, t), 0);
const label = (c: Combination): string => `${c.valuationDate}, ${c.timing}, period 0 ${c.periodZeroTiming}`;

describe.each(COMBINATIONS.map((c) => [label(c), c] as const))("%s", (_label, c) => {
  const inputs = inputsFor(c);
  const table = computeCashFlowTable(inputs);
  const afterTax = table.rows.map((r) => r.afterTaxCashFlow);
  const preTax = table.rows.map((r) => r.preTaxCashFlow);

  it("writes each period's discount factor and discounted flow as the definition says", () => {
    table.rows.forEach((row, t) => {
      expect(row.discountFactor / expectedFactor(c, 8, t)).toBeCloseTo(1, 13);
      expect(row.discountedCashFlow).toBeCloseTo(row.afterTaxCashFlow * expectedFactor(c, 8, t), 4);
    });
    expect(table.rows.at(-1)?.cumulativeDiscountedCashFlow).toBeCloseTo(presentValue(afterTax, c, 8), 4);
  });

  it("gives the same NPV through the metrics, the NPV profile and the economic summary (pre- and after-tax)", () => {
    expect(table.metrics.npv).toBeCloseTo(presentValue(afterTax, c, 8), 4);
    for (const point of table.metrics.npvProfile) expect(point.npv).toBeCloseTo(presentValue(afterTax, c, point.ratePct), 4);
    const summary = computeEconomicSummary(compileModel(inputs), [0, 8, 10]);
    for (const row of summary.npvAtRates) {
      expect(row.afterTaxNpv).toBeCloseTo(presentValue(afterTax, c, row.ratePct), 4);
      expect(row.preTaxNpv).toBeCloseTo(presentValue(preTax, c, row.ratePct), 4);
    }
    expect(summary.npvAtRates[1]?.afterTaxNpv).toBe(table.metrics.npv);
  });

  it("gives the same NPV and discounted payback in the Monte Carlo evaluator, at the scenario rate and at an overridden one", () => {
    const model = compileModel(inputs);
    const atBase = evaluateModel(model, bindOverrides(model, []), new Float64Array(0), createScratch(model));
    expect(atBase.npv).toBeCloseTo(table.metrics.npv, 4);
    const discounted = table.metrics.discountedPayback;
    expect(discounted.reached).toBe(true);
    expect(atBase.discountedPaybackYears).toBeCloseTo(discounted.reached ? discounted.years : NaN, 10);
    const binding = bindOverrides(model, [{ target: "discount_rate", mode: "absolute", scope: "per_iteration" }]);
    const at12 = evaluateModel(model, binding, Float64Array.of(12), createScratch(model));
    expect(at12.npv).toBeCloseTo(presentValue(afterTax, c, 12), 4);
    expect(at12.npv).toBeCloseTo(computeCashFlowTable(withChanges((i) => void Object.assign(i.economics, inputs.economics, { discountRatePct: 12 }))).metrics.npv, 4);
  });

  it("keeps the IRR of the period-spaced flows", () => {
    expect(table.metrics.irr).toEqual(computeCashFlowTable(buildGoldenInputs()).metrics.irr);
  });
});

describe("NPV relations between the conventions (golden mine, 8 %, c = 3)", () => {
  const npvOf = (c: Combination): number => computeCashFlowTable(inputsFor(c)).metrics.npv;
  const cf0 = computeCashFlowTable(buildGoldenInputs()).rows[0]?.afterTaxCashFlow ?? NaN;

  it.each(["end", "mid"] as const)("%s timing: start of period 0 = end of period 0 / (1 + r); start of production = end × (1 + r)^(c − 1)", (timing) => {
    const atEnd = npvOf({ valuationDate: "end_of_period_0", timing, periodZeroTiming: "with_timing" });
    expect(npvOf({ valuationDate: "start_of_period_0", timing, periodZeroTiming: "with_timing" })).toBeCloseTo(atEnd / 1.08, 4);
    expect(npvOf({ valuationDate: "start_of_production", timing, periodZeroTiming: "with_timing" })).toBeCloseTo(atEnd * 1.08 ** (CONSTRUCTION_PERIODS - 1), 4);
  });

  it("period 0 at the end of period 0 with mid timing: NPV = CF0 + Σ_{t≥1} CF_t / (1 + r)^(t − 0.5) = NPV_mid − CF0 (√1.08 − 1)", () => {
    const mid = npvOf({ valuationDate: "end_of_period_0", timing: "mid", periodZeroTiming: "with_timing" });
    expect(cf0).toBeLessThan(0);
    expect(npvOf({ valuationDate: "end_of_period_0", timing: "mid", periodZeroTiming: "at_valuation_date" })).toBeCloseTo(mid - cf0 * (Math.sqrt(1.08) - 1), 4);
  });

  it("period 0 at the end of period 0 with end timing is the default to the last bit", () => {
    const table = computeCashFlowTable(inputsFor({ valuationDate: "end_of_period_0", timing: "end", periodZeroTiming: "at_valuation_date" }));
    expect(table).toEqual(computeCashFlowTable(buildGoldenInputs()));
  });

  it("the defaults stated explicitly give exactly the results of inputs that omit them", () => {
    for (const timing of ["end", "mid"] as const) {
      const explicit = computeCashFlowTable(inputsFor({ valuationDate: "end_of_period_0", timing, periodZeroTiming: "with_timing" }));
      expect(explicit).toEqual(computeCashFlowTable(withChanges((i) => void (i.economics.discounting = timing))));
    }
  });
});
