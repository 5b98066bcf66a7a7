import { describe, expect, it } from "vitest";
import { npv } from "../finance";
import { bindOverrides } from "./bind-overrides";
import { computeCashFlowTable } from "./cash-flow-table";
import { compileModel } from "./compile";
import { evaluateModel } from "./evaluate";
import { findBreakEvenPrice } from "./break-even";
import { createScratch } from "./scratch";
import type { ModelOverride } from "./targets";
import { buildGoldenInputs, withChanges } from "./test-fixtures";

const afterTax = (inputs: unknown): number[] => computeCashFlowTable(inputs).rows.map((r) => r.afterTaxCashFlow);

describe("tax-loss carry-forward", () => {
  // A loss in the first production year: big early opex.
  const lossy = (carry: boolean) =>
    withChanges((i) => {
      i.tax.lossCarryForward = carry;
      i.opexItems.push({ id: "ramp-up", name: "Ramp-up", category: "g_and_a", basis: "fixed_per_period", unitCost: 60e6, quantity: 1, startPeriod: 3, endPeriod: 3, escalationPctPerYear: 0 });
    });
  it("with carry-forward, later tax is reduced by exactly rate x the loss", () => {
    const on = computeCashFlowTable(lossy(true)).rows;
    const off = computeCashFlowTable(lossy(false)).rows;
    const loss = -(on[3]?.taxableIncome ?? 0);
    expect(loss).toBeGreaterThan(0);
    expect(on[3]?.lossCarriedForward).toBeCloseTo(loss, 6);
    expect(on[3]?.incomeTax).toBe(0);
    expect(off[3]?.incomeTax).toBe(0);
    const taxOn = on.reduce((s, r) => s + r.incomeTax, 0);
    const taxOff = off.reduce((s, r) => s + r.incomeTax, 0);
    expect(taxOff - taxOn).toBeCloseTo(0.3 * loss, 4);
    expect(on.at(-1)?.lossCarriedForward).toBe(0);
  });
});

describe("discounting convention", () => {
  it("mid-period NPV = end-of-period NPV x (1 + r)^0.5; IRR unchanged", () => {
    const end = computeCashFlowTable(buildGoldenInputs()).metrics;
    const mid = computeCashFlowTable(withChanges((i) => void (i.economics.discounting = "mid"))).metrics;
    expect(mid.npv).toBeCloseTo(end.npv * Math.sqrt(1.08), 4);
    expect(mid.irr).toEqual(end.irr);
  });
});

describe("break-even price", () => {
  it("gives NPV = 0 at the break-even price", () => {
    const result = findBreakEvenPrice(compileModel(buildGoldenInputs()));
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.pricePerUnit).toBeCloseTo(4 * result.priceFactor, 12);
    const atBreakEven = computeCashFlowTable(withChanges((i) => void (i.commodity.price = result.pricePerUnit))).metrics.npv;
    expect(Math.abs(atBreakEven)).toBeLessThan(0.01);
  });
  it("reports none when the project is unprofitable at any price", () => {
    const hopeless = withChanges((i) => void (i.production.recoveryPct = [0, 0, 0, 0, 0]));
    expect(findBreakEvenPrice(compileModel(hopeless))).toEqual({ kind: "none", reason: "unprofitable_at_any_price" });
  });
});

describe("other conventions", () => {
  it("units-of-production depreciation follows ore processed and sums to the capital", () => {
    const rows = computeCashFlowTable(withChanges((i) => void (i.tax.depreciation = { method: "units_of_production" }))).rows;
    expect(rows.reduce((s, r) => s + r.depreciation, 0)).toBeCloseTo(76e6, 3);
    // Initial 65M over 5.5 Mt from period 3: 1.0 Mt in period 3.
    expect(rows[3]?.depreciation).toBeCloseTo((65e6 * 1_000_000) / 5_500_000, 4);
  });
  it("nominal terms inflate every money line from period 0", () => {
    const real = computeCashFlowTable(buildGoldenInputs()).rows;
    const nominal = computeCashFlowTable(withChanges((i) => void (i.economics = { ...i.economics, terms: "nominal", inflationPct: 3 }))).rows;
    expect(nominal[4]?.grossRevenue).toBeCloseTo((real[4]?.grossRevenue ?? 0) * 1.03 ** 4, 4);
    expect(nominal[1]?.capexInitial).toBeCloseTo(46e6 * 1.03, 4);
  });
  it("applies a minimum royalty and converts gold in g/t to troy ounces", () => {
    const gold = withChanges((i) => {
      i.commodity = { ...i.commodity, gradeUnit: "g_per_t", priceUnit: "oz", price: 2000 };
      i.production.headGrade = [1, 1, 1, 1, 1];
      i.production.recoveryPct = [100, 100, 100, 100, 100];
      i.smelter = { payablePct: 100, refiningChargePerUnit: 0, premiumPerUnit: 0 };
      i.royalties = { nsrPct: 0, grossRevenuePct: 0, perUnitProduced: 0, minimumPerPeriod: 1e9 };
    });
    const row = computeCashFlowTable(gold).rows[3];
    expect(row?.payableMetalUnits).toBeCloseTo(1_000_000 / 31.1034768, 6);
    expect(row?.royalties).toBe(1e9);
  });
});

describe("fast path (compile / bind / evaluate)", () => {
  const model = compileModel(buildGoldenInputs());
  const scratch = createScratch(model);
  const run = (overrides: ModelOverride[], values: number[]) => {
    const binding = bindOverrides(model, overrides);
    const metrics = evaluateModel(model, binding, Float64Array.from(values), scratch);
    return { metrics: { ...metrics }, flows: Array.from(scratch.afterTaxCashFlow) };
  };
  const expectSameFlows = (fast: number[], full: number[]) => fast.forEach((cf, t) => expect(Math.abs(cf - (full[t] ?? NaN))).toBeLessThan(0.005));

  it("with no override equals the full table to the cent", () => {
    const table = computeCashFlowTable(buildGoldenInputs());
    const { metrics, flows } = run([], []);
    expectSameFlows(flows, table.rows.map((r) => r.afterTaxCashFlow));
    expect(Math.abs(metrics.npv - table.metrics.npv)).toBeLessThan(0.005);
    expect(table.metrics.irr.kind === "unique" && metrics.irr).toBeCloseTo(table.metrics.irr.kind === "unique" ? table.metrics.irr.rate : NaN, 10);
    expect(table.metrics.payback).toEqual({ reached: true, years: metrics.paybackYears });
  });

  it.each<[string, ModelOverride[], number[], (i: ReturnType<typeof buildGoldenInputs>) => void]>([
    ["price factor", [{ target: "price", mode: "factor", scope: "per_iteration" }], [1.1], (i) => void (i.commodity.price = 4.4)],
    ["absolute recovery per period", [{ target: "recovery", mode: "absolute", scope: "per_period" }], [0, 0, 0, 80, 81, 82, 83, 84], (i) => void (i.production.recoveryPct = [80, 81, 82, 83, 84])],
    ["opex item absolute + category factor", [{ target: "opex_item", ref: "milling", mode: "absolute", scope: "per_iteration" }, { target: "opex_category", ref: "mining", mode: "factor", scope: "per_iteration" }], [10, 1.2], (i) => {
      Object.assign(i.opexItems[1] ?? {}, { unitCost: 10 });
      Object.assign(i.opexItems[0] ?? {}, { unitCost: 3 });
    }],
    ["capex category factor + closure absolute", [{ target: "capex_category", ref: "equipment", mode: "factor", scope: "per_iteration" }, { target: "closure_cost", mode: "absolute", scope: "per_iteration" }], [1.5, 9e6], (i) => {
      Object.assign(i.equipment[0] ?? {}, { purchaseCostPerUnit: 3e6 });
      i.closure.closureCost = 9e6;
    }],
    ["ore processed, consumption price, tax and discount rate", [
      { target: "ore_processed", mode: "factor", scope: "per_iteration" },
      { target: "consumption_price", ref: "reagent", mode: "absolute", scope: "per_iteration" },
      { target: "tax_rate", mode: "absolute", scope: "per_iteration" },
      { target: "discount_rate", mode: "absolute", scope: "per_iteration" },
    ], [0.9, 0.2, 25, 10], (i) => {
      i.production.oreProcessedT = i.production.oreProcessedT.map((t) => t * 0.9);
      Object.assign(i.consumptionItems[0] ?? {}, { unitPrice: 0.2 });
      i.tax.incomeTaxRatePct = 25;
      i.economics.discountRatePct = 10;
    }],
  ])("override %s equals the full table of the changed inputs to the cent", (_name, overrides, values, change) => {
    const table = computeCashFlowTable(withChanges(change));
    const { metrics, flows } = run(overrides, values);
    expectSameFlows(flows, table.rows.map((r) => r.afterTaxCashFlow));
    expect(Math.abs(metrics.npv - table.metrics.npv)).toBeLessThan(0.005);
  });

  it("is deterministic and reuses the scratch", () => {
    const binding = bindOverrides(model, [{ target: "price", mode: "factor", scope: "per_iteration" }]);
    const a = evaluateModel(model, binding, Float64Array.of(0.9), scratch).npv;
    evaluateModel(model, binding, Float64Array.of(1.3), scratch);
    expect(evaluateModel(model, binding, Float64Array.of(0.9), scratch).npv).toBe(a);
    expect(npv(0.08, scratch.afterTaxCashFlow)).toBeCloseTo(a, 6);
  });

  it("rejects overrides the target does not allow", () => {
    expect(() => bindOverrides(model, [{ target: "opex_total", mode: "absolute", scope: "per_iteration" }])).toThrow(/only "factor"/);
    expect(() => bindOverrides(model, [{ target: "discount_rate", mode: "factor", scope: "per_period" }])).toThrow(/per_iteration/);
    expect(() => bindOverrides(model, [{ target: "opex_item", mode: "factor", scope: "per_iteration" }])).toThrow(/needs a ref/);
    expect(() => bindOverrides(model, [{ target: "opex_item", ref: "nope", mode: "factor", scope: "per_iteration" }])).toThrow(/matches no item/);
    const price: ModelOverride = { target: "price", mode: "factor", scope: "per_iteration" };
    expect(() => bindOverrides(model, [price, price])).toThrow(/twice/);
  });

  it("lays out per-period values after per-iteration ones", () => {
    const binding = bindOverrides(model, [{ target: "price", mode: "factor", scope: "per_period" }, { target: "fx_rate", mode: "factor", scope: "per_iteration" }]);
    expect(Array.from(binding.offsets)).toEqual([0, 8]);
    expect(binding.valueCount).toBe(9);
  });
});

describe("afterTax helper sanity", () => {
  it("the golden flows start with the construction capital", () => {
    expect(afterTax(buildGoldenInputs()).slice(0, 3)).toEqual([-11e6, -46e6, -8e6]);
  });
});
