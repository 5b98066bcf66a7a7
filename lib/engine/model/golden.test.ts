import { describe, expect, it } from "vitest";
import { computeCashFlowTable } from "./cash-flow-table";
import { buildGoldenInputs } from "./test-fixtures";

/** To the cent: |a - b| < 0.005. */
function expectCents(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThan(0.005);
}

/**
 * The golden model recomputed independently with plain formulas; capital and depreciation schedules
 * are written out by hand from the inputs (see comments).
 */
function computeExpected(): { afterTax: number[]; nsr: number[]; tax: number[]; depreciation: number[]; opex: number[] } {
  const inputs = buildGoldenInputs();
  const lbPerTonne = 1000 / 0.45359237;
  const nsr = [0, 0, 0];
  const royalty = [0, 0, 0];
  const opex = [0, 0, 0];
  inputs.production.oreProcessedT.forEach((ore, p) => {
    const recoveredLb = ore * ((inputs.production.headGrade[p] ?? 0) / 100) * lbPerTonne * ((inputs.production.recoveryPct[p] ?? 0) / 100);
    const payableLb = recoveredLb * 0.965;
    const concentrateDmt = (recoveredLb / lbPerTonne) / 0.25;
    const value = payableLb * 4 - concentrateDmt * 80 - payableLb * 0.08 - concentrateDmt * 1 * 1.5;
    nsr.push(value);
    royalty.push(0.02 * value);
    const mined = (inputs.production.oreMinedT[p] ?? 0) + (inputs.production.wasteMinedT?.[p] ?? 0);
    opex.push(2.5 * mined + 9 * ore * Math.pow(1.02, p) + 250_000 * 12 + 1.2 * 0.15 * ore + 4 * 6000 * 0.85 * 150);
  });
  // Capital by hand: pre-strip 10M x 1.10 in period 0, plant 40M x 1.15 in 1, 4 trucks x 2M in 2,
  // tailings lift 3M in 5, trucks replaced after 4 years in 6, closure 6M in 7 (salvage 1.5M in 7).
  const capital = [11e6, 46e6, 8e6, 0, 0, 3e6, 8e6, 6e6];
  // Straight line over 4 years from production start (period 3): 65M / 4 in periods 3-6; the lift
  // 0.75M in 5, 6, 7 plus the 0.75M balance in 7; the replacement 2M in 6, 7 plus its 4M balance in 7.
  const depreciation = [0, 0, 0, 16.25e6, 16.25e6, 17e6, 19e6, 7.5e6];
  const tax: number[] = [];
  const afterTax: number[] = [];
  let losses = 0;
  let previousWc = 0;
  for (let t = 0; t < 8; t++) {
    const income = (nsr[t] ?? 0) - (royalty[t] ?? 0) - (opex[t] ?? 0) - (depreciation[t] ?? 0) - (t === 7 ? 6e6 - 1.5e6 : 0);
    if (income < 0) losses -= income;
    const used = Math.min(losses, Math.max(income, 0));
    losses -= used;
    tax.push(0.3 * (Math.max(income, 0) - used));
    const wc = t === 7 ? 0 : ((nsr[t] ?? 0) * 30) / 365 - ((opex[t] ?? 0) * 45) / 365;
    const preTax = (nsr[t] ?? 0) - (royalty[t] ?? 0) - (opex[t] ?? 0) - (capital[t] ?? 0) + (t === 7 ? 1.5e6 : 0) - (wc - previousWc);
    previousWc = wc;
    afterTax.push(preTax - (tax[t] ?? 0));
  }
  return { afterTax, nsr, tax, depreciation, opex };
}

describe("golden model (3 construction + 5 production years)", () => {
  const table = computeCashFlowTable(buildGoldenInputs());
  const expected = computeExpected();

  it("matches the independent computation line by line to the cent", () => {
    expect(table.rows).toHaveLength(8);
    table.rows.forEach((row, t) => {
      expectCents(row.netSmelterReturn, expected.nsr[t] ?? NaN);
      expectCents(row.operatingCost, expected.opex[t] ?? NaN);
      expectCents(row.depreciation, expected.depreciation[t] ?? NaN);
      expectCents(row.incomeTax, expected.tax[t] ?? NaN);
      expectCents(row.afterTaxCashFlow, expected.afterTax[t] ?? NaN);
    });
  });

  it("matches the NPV at 8 % (end of period, period 0 undiscounted) to the cent", () => {
    const npv = expected.afterTax.reduce((sum, cf, t) => sum + cf / Math.pow(1.08, t), 0);
    expectCents(table.metrics.npv, npv);
  });

  it("labels years and phases and splits operating cost into its groups", () => {
    expect(table.rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033]);
    expect(table.rows[2]?.phase).toBe("construction");
    expect(table.rows[3]?.phase).toBe("production");
    for (const row of table.rows) {
      const parts = Object.values(row.opexByCategory).reduce((a, b) => a + b, 0) + row.consumptionCost + row.equipmentOperatingCost;
      expect(parts).toBeCloseTo(row.operatingCost, 6);
    }
    expectCents(table.rows[3]?.opexByCategory.mining ?? NaN, 2.5 * 4_000_000);
  });

  it("puts equipment replacement capex at the end of its life, and capital by kind", () => {
    expect(table.rows.map((r) => r.capexReplacement)).toEqual([0, 0, 0, 0, 0, 0, 8e6, 0]);
    expect(table.rows.map((r) => r.capexInitial)).toEqual([11e6, 46e6, 8e6, 0, 0, 0, 0, 0]);
    expect(table.rows[7]?.capexClosure).toBe(6e6);
    expect(table.rows[7]?.salvage).toBe(1.5e6);
    expect(table.metrics.totalCapex).toBe(11e6 + 46e6 + 8e6 + 3e6 + 8e6 + 6e6);
  });

  it("depreciates exactly the depreciable capital and recovers all working capital", () => {
    const depreciation = table.rows.reduce((sum, r) => sum + r.depreciation, 0);
    expect(depreciation).toBeCloseTo(11e6 + 46e6 + 8e6 + 3e6 + 8e6, 4);
    const wcChanges = table.rows.reduce((sum, r) => sum + r.workingCapitalChange, 0);
    expect(Math.abs(wcChanges)).toBeLessThan(1e-6);
    expect(table.rows[7]?.workingCapital).toBe(0);
  });

  it("reports consistent metrics", () => {
    const m = table.metrics;
    expect(m.irr.kind).toBe("unique");
    if (m.irr.kind === "unique") expect(Math.abs(expected.afterTax.reduce((s, cf, t) => s + cf / Math.pow(1 + (m.irr.kind === "unique" ? m.irr.rate : 0), t), 0))).toBeLessThan(1e-4);
    expect(m.npvProfile.find((p) => p.ratePct === 0)?.npv).toBeCloseTo(expected.afterTax.reduce((a, b) => a + b, 0), 4);
    expect(m.payback.reached).toBe(true);
    if (m.payback.reached) expect(m.paybackFromProductionStartYears).toBeCloseTo(m.payback.years - 3, 12);
    expect(m.npvToCapex).toBeCloseTo(m.npv / 65e6, 12);
    expect(m.aiscPerUnit).toBeGreaterThan(0);
    expect(m.aiscPerUnit).toBeLessThan(4);
  });
});
