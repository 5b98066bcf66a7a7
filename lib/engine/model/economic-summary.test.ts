import { describe, expect, it } from "vitest";
import { computeCashFlowTable } from "./cash-flow-table";
import { compileModel } from "./compile";
import { computeEconomicSummary, paybackFigures } from "./economic-summary";
import { buildGoldenInputs, withChanges } from "./test-fixtures";

const presentValue = (flows: number[], ratePct: number, timing: "end" | "mid"): number =>
  flows.reduce((pv, cf, t) => pv + cf / Math.pow(1 + ratePct / 100, timing === "mid" ? t - 0.5 : t), 0);

describe("payback from the valuation date and from the start of production", () => {
  it("gives the textbook figure: 1,000,000 invested, 250,000 a year back -> 4 years", () => {
    const flows = Float64Array.of(-1_000_000, 250_000, 250_000, 250_000, 250_000, 250_000, 250_000);
    expect(paybackFigures(flows, 1)).toEqual({ fromValuationDateYears: 4, fromProductionStartYears: 4 });
  });
  it("interpolates within the recovering year: -100 then 30, 40, 50 -> 2.6 years", () => {
    const figures = paybackFigures(Float64Array.of(-100, 30, 40, 50), 1);
    expect(figures.fromValuationDateYears).toBeCloseTo(2.6, 12);
  });
  it("counts the construction years before production separately", () => {
    // Two construction periods (0 and 1); cumulative -60, -100, -70, -30, +20: 4.6 years from the start of period 0.
    const figures = paybackFigures(Float64Array.of(-60, -40, 30, 40, 50), 2);
    expect(figures.fromValuationDateYears).toBeCloseTo(3.6, 12);
    expect(figures.fromProductionStartYears).toBeCloseTo(2.6, 12);
  });
  it("is null when the cumulative never recovers", () => {
    expect(paybackFigures(Float64Array.of(-100, 30, 40), 1)).toEqual({ fromValuationDateYears: null, fromProductionStartYears: null });
  });
});

describe("economic summary of the golden copper mine", () => {
  const table = computeCashFlowTable(buildGoldenInputs());
  const summary = computeEconomicSummary(compileModel(buildGoldenInputs()), [0, 5, 8, 10]);
  const preTax = table.rows.map((r) => r.preTaxCashFlow);
  const afterTax = table.rows.map((r) => r.afterTaxCashFlow);

  it("values pre- and after-tax NPV at each rate at the end of period 0, as rebuilt by hand", () => {
    expect(summary.npvAtRates.map((r) => r.ratePct)).toEqual([0, 5, 8, 10]);
    for (const row of summary.npvAtRates) {
      expect(row.preTaxNpv).toBeCloseTo(presentValue(preTax, row.ratePct, "end"), 4);
      expect(row.afterTaxNpv).toBeCloseTo(presentValue(afterTax, row.ratePct, "end"), 4);
    }
    expect(summary.npvAtRates[2]?.afterTaxNpv).toBe(table.metrics.npv);
    expect(summary.npvAtRates[0]?.preTaxNpv).toBeCloseTo(summary.lifeOfMine.preTaxCashFlow, 4);
  });

  it("has the pre-tax NPV above the after-tax NPV by the discounted tax", () => {
    const taxPv = table.rows.reduce((pv, r) => pv + r.incomeTax / Math.pow(1.08, r.period), 0);
    expect(taxPv).toBeGreaterThan(0);
    const at8 = summary.npvAtRates[2];
    expect((at8?.preTaxNpv ?? 0) - (at8?.afterTaxNpv ?? 0)).toBeCloseTo(taxPv, 4);
  });

  it("reports IRRs at which the NPV is zero, the pre-tax one higher", () => {
    const { preTaxIrrPct, afterTaxIrrPct } = summary;
    expect(preTaxIrrPct).not.toBeNull();
    expect(afterTaxIrrPct).not.toBeNull();
    expect(Math.abs(presentValue(preTax, preTaxIrrPct ?? 0, "end"))).toBeLessThan(1e-3);
    expect(Math.abs(presentValue(afterTax, afterTaxIrrPct ?? 0, "end"))).toBeLessThan(1e-3);
    expect(preTaxIrrPct ?? 0).toBeGreaterThan(afterTaxIrrPct ?? 0);
  });

  it("states payback from the valuation date one year below the figure from the start of period 0", () => {
    const { payback } = table.metrics;
    expect(payback.reached).toBe(true);
    if (!payback.reached) return;
    expect(summary.afterTaxPayback.fromValuationDateYears).toBeCloseTo(payback.years - 1, 12);
    expect(summary.afterTaxPayback.fromProductionStartYears).toBeCloseTo(payback.years - 3, 12);
  });

  it("totals the life of mine from the cash-flow table", () => {
    const total = (pick: (r: (typeof table.rows)[number]) => number) => table.rows.reduce((s, r) => s + pick(r), 0);
    const lom = summary.lifeOfMine;
    expect(lom.oreMinedT).toBe(5_500_000);
    expect(lom.wasteMinedT).toBe(11_500_000);
    expect(lom.stripRatio).toBeCloseTo(11.5 / 5.5, 12);
    expect(lom.meanHeadGrade).toBeCloseTo((0.8 * 1 + 0.75 * 1.2 + 0.7 * 1.2 + 0.7 * 1.2 + 0.6 * 0.9) / 5.5, 12);
    expect(lom.netSmelterReturn).toBeCloseTo(total((r) => r.netSmelterReturn), 4);
    expect(lom.initialCapital).toBeCloseTo(total((r) => r.capexInitial), 4);
    expect(lom.closureCost).toBe(6_000_000);
    expect(lom.incomeTax).toBeCloseTo(total((r) => r.incomeTax), 4);
    expect(lom.grossRevenue - lom.smelterDeductions).toBeCloseTo(lom.netSmelterReturn, 4);
    expect(summary.products[0]?.payableMetalUnits).toBeCloseTo(total((r) => r.payableMetalUnits), 4);
    expect(summary.unitCosts.operatingCostPerTonneMilled).toBeCloseTo(total((r) => r.operatingCost) / 5_500_000, 9);
    expect(summary.unitCosts.aiscPerPayableUnit).toBeCloseTo(table.metrics.aiscPerUnit, 9);
  });

  it("states its conventions and follows mid-period timing", () => {
    expect(summary.conventions).toEqual({ valuationDate: "end_of_period_0", valuationYear: 2026, valuationTimeYears: 1, timing: "end", periodZeroTiming: "with_timing", terms: "real", inflationPct: 0 });
    const mid = computeEconomicSummary(compileModel(withChanges((i) => void (i.economics.discounting = "mid"))), [10]);
    expect(mid.conventions.timing).toBe("mid");
    expect(mid.npvAtRates[0]?.afterTaxNpv).toBeCloseTo(presentValue(afterTax, 10, "mid"), 4);
  });
});
