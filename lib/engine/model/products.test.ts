/**
 * Co- and by-products, checked against hand arithmetic (calculator, 31.1034768 g per troy oz). Copper–gold example
 * (product-fixtures.ts), per production period t = 1, 2:
 *   Cu recovered = 1 Mt × 1.0 % / 0.8 % × 90 % = 9,000 / 7,200 t; payable 96 % = 8,640 / 6,912 t
 *   Cu gross = payable × 8,800 = 76,032,000 / 60,825,600; concentrate = recovered / 25 % = 36,000 / 28,800 dmt
 *   Cu TC = dmt × 80 = 2,880,000 / 2,304,000; RC = payable × 200 = 1,728,000 / 1,382,400
 *   Cu NSR = 71,424,000 / 57,139,200; royalty 2 % = 1,428,480 / 1,142,784
 *   Au payable = 1 Mt × 0.5 / 0.4 g/t × 70 % × 90 % = 315,000 / 252,000 g = 10,127.4851691 / 8,101.9881353 oz
 *   Au gross = × 2,000 / 2,200 = 20,254,970.338 / 17,824,373.898; RC × 5; NSR = payable × 1,995 / 2,195
 *   Au NSR = 20,204,332.912 / 17,783,863.957; royalty 2 % = 404,086.658 / 355,677.279
 *   CF = −100,000,000 / 69,795,766.254 / 48,424,602.678 (opex 20 M a year, 5 M sustaining in period 2)
 *   NPV(10 %, end of period 0) = −100 M + CF1 / 1.1 + CF2 / 1.21 = 3,471,029.386
 */
import { describe, expect, it } from "vitest";
import { bindOverrides } from "./bind-overrides";
import { computeCashFlowTable } from "./cash-flow-table";
import { compileModel } from "./compile";
import { computeEconomicSummary } from "./economic-summary";
import { evaluateModel } from "./evaluate";
import { buildCopperGoldInputs, buildGoldProduct } from "./product-fixtures";
import { createScratch } from "./scratch";
import { runSensitivities } from "./sensitivity";
import { buildGoldenInputs, withChanges } from "./test-fixtures";

const CENT = 2; // toBeCloseTo digits: |error| < 0.005

describe("copper–gold, gold as a by-product (hand-computed)", () => {
  const table = computeCashFlowTable(buildCopperGoldInputs());
  const [copper, gold] = table.products ?? [];

  it("gives revenue, NSR and royalty per product", () => {
    expect(copper?.role).toBe("primary");
    expect(gold?.role).toBe("by_product");
    const expected: [number[] | undefined, number[]][] = [
      [copper?.grossRevenue, [0, 76_032_000, 60_825_600]],
      [copper?.netSmelterReturn, [0, 71_424_000, 57_139_200]],
      [copper?.royalties, [0, 1_428_480, 1_142_784]],
      [gold?.payableMetalUnits, [0, 10_127.4851691, 8_101.9881353]],
      [gold?.grossRevenue, [0, 20_254_970.338, 17_824_373.898]],
      [gold?.netSmelterReturn, [0, 20_204_332.912, 17_783_863.957]],
      [gold?.royalties, [0, 404_086.658, 355_677.279]],
    ];
    for (const [actual, values] of expected) values.forEach((value, t) => expect(actual?.[t]).toBeCloseTo(value, CENT));
    expect(gold?.treatmentCharges).toEqual([0, 0, 0]);
  });

  it("puts the sum over the products in the rows and the primary's metal", () => {
    for (const row of table.rows) {
      const t = row.period;
      expect(row.grossRevenue).toBe((copper?.grossRevenue[t] ?? NaN) + (gold?.grossRevenue[t] ?? NaN));
      expect(row.netSmelterReturn).toBe((copper?.netSmelterReturn[t] ?? NaN) + (gold?.netSmelterReturn[t] ?? NaN));
      expect(row.royalties).toBe((copper?.royalties[t] ?? NaN) + (gold?.royalties[t] ?? NaN));
      expect(row.payableMetalUnits).toBe(copper?.payableMetalUnits[t]);
    }
    expect(table.rows.map((r) => r.afterTaxCashFlow)[2]).toBeCloseTo(48_424_602.678, CENT);
    expect(table.metrics.npv).toBeCloseTo(3_471_029.386, CENT);
  });

  it("credits the gold NSR in AISC per payable tonne of copper", () => {
    // (opex 40 M + royalties 3,331,027.937 + Cu TC/RC 8,294,400 + sustaining 5 M − Au NSR 37,988,196.869) / 15,552 t
    expect(table.metrics.aiscPerUnit).toBeCloseTo(1_198.3816273, 6);
    expect(table.metrics.productAisc?.byProductCredits).toBeCloseTo(37_988_196.869, CENT);
    const summary = computeEconomicSummary(compileModel(buildCopperGoldInputs()));
    expect(summary.unitCosts.aiscPerPayableUnit).toBeCloseTo(1_198.3816273, 6);
    expect(summary.products.map((p) => [p.name, p.role])).toEqual([["copper", "primary"], ["gold", "by_product"]]);
    expect(summary.products[1]?.netSmelterReturn).toBeCloseTo(37_988_196.869, CENT);
  });

  it("states copper-equivalent production as Σ payable × price / copper price", () => {
    // 8,640 + 10,127.4851691 × 2,000 / 8,800 and 6,912 + 8,101.9881353 × 2,200 / 8,800 t CuEq
    expect(table.primaryEquivalentUnits?.[1]).toBeCloseTo(10_941.7011748, 6);
    expect(table.primaryEquivalentUnits?.[2]).toBeCloseTo(8_937.4970338, 6);
    expect(table.metrics.productAisc?.primaryEquivalentUnits).toBeCloseTo(19_879.1982086, 6);
    // No credit: (40 M + 3,331,027.937 + 8,294,400 + Au RC 91,147.366 + 5 M) / 19,879.198 t CuEq
    expect(table.metrics.productAisc?.aiscPerEquivalentUnit).toBeCloseTo(2_853.0615123, 6);
  });
});

describe("gold as a co-product", () => {
  it("earns no AISC credit and leaves the cash flows as they are", () => {
    const table = computeCashFlowTable(buildCopperGoldInputs("co_product"));
    // (40 M + 3,331,027.937 + 8,294,400 + 91,147.366 + 5 M) / 15,552 t Cu
    expect(table.metrics.aiscPerUnit).toBeCloseTo(3_646.8991322, 6);
    expect(table.metrics.productAisc?.byProductCredits).toBe(0);
    expect(table.metrics.npv).toBe(computeCashFlowTable(buildCopperGoldInputs()).metrics.npv);
  });
});

describe("single-product equivalence", () => {
  it("a product with grade 0 gives the single-product model's NPV and flows, bit for bit", () => {
    const single = computeCashFlowTable(buildGoldenInputs());
    const withZero = computeCashFlowTable(withChanges((i) => void (i.products = [{ ...buildGoldProduct(), price: 2000, headGrade: [0, 0, 0, 0, 0], recoveryPct: [70, 70, 70, 70, 70] }])));
    expect(withZero.metrics.npv).toBe(single.metrics.npv);
    expect(withZero.rows.map((r) => r.afterTaxCashFlow)).toEqual(single.rows.map((r) => r.afterTaxCashFlow));
  });

  it("a single-product table has no product keys", () => {
    const table = computeCashFlowTable(buildGoldenInputs());
    expect("products" in table || "primaryEquivalentUnits" in table || "productAisc" in table.metrics).toBe(false);
  });
});

describe("fx and inflation apply to every product", () => {
  it("gold gross = payable oz × price × fx 1.5 × 1.03^t (nominal, 3 %)", () => {
    const inputs = buildCopperGoldInputs();
    inputs.commodity.fxRate = 1.5;
    Object.assign(inputs.economics, { terms: "nominal", inflationPct: 3 });
    const gold = computeCashFlowTable(inputs).products?.[1];
    // 10,127.4851691 × 2,000 × 1.5 × 1.03 and 8,101.9881353 × 2,200 × 1.5 × 1.03²
    expect(gold?.grossRevenue[1]).toBeCloseTo(31_293_929.173, CENT);
    expect(gold?.grossRevenue[2]).toBeCloseTo(28_364_817.402, CENT);
  });
});

describe("royalty minimum with products", () => {
  it("tops the total up to the minimum in the primary's row; the rows still sum to the total", () => {
    const inputs = buildCopperGoldInputs();
    inputs.royalties.minimumPerPeriod = 5_000_000;
    const table = computeCashFlowTable(inputs);
    const [copper, gold] = table.products ?? [];
    expect(table.rows[1]?.royalties).toBeCloseTo(5_000_000, CENT);
    expect(gold?.royalties[1]).toBeCloseTo(404_086.658, CENT);
    expect(copper?.royalties[1]).toBeCloseTo(5_000_000 - 404_086.658, CENT);
  });
});

describe("overrides and sensitivities", () => {
  it("Monte Carlo price target moves the primary only", () => {
    const model = compileModel(buildCopperGoldInputs());
    const binding = bindOverrides(model, [{ target: "price", mode: "factor", scope: "per_iteration" }]);
    const npv = evaluateModel(model, binding, Float64Array.of(1.1), createScratch(model)).npv;
    const moved = buildCopperGoldInputs();
    moved.commodity.price = 9680;
    expect(npv).toBeCloseTo(computeCashFlowTable(moved).metrics.npv, CENT);
  });

  it("price and recovery sensitivities move every product (recovery held at 100 %)", () => {
    const analysis = runSensitivities(compileModel(buildCopperGoldInputs()), [10, 20]);
    const price = analysis.lines.find((l) => l.driver === "price")?.points.find((p) => p.changePct === 10);
    const both = buildCopperGoldInputs();
    both.commodity.price = 8800 * 1.1;
    both.products = [{ ...buildGoldProduct(), price: [2000 * 1.1, 2200 * 1.1] }];
    expect(price?.npv).toBeCloseTo(computeCashFlowTable(both).metrics.npv, CENT);
    const recovery = analysis.lines.find((l) => l.driver === "recovery")?.points.find((p) => p.changePct === 20);
    const capped = buildCopperGoldInputs();
    capped.production.recoveryPct = [100, 100];
    capped.products = [{ ...buildGoldProduct(), recoveryPct: [84, 84] }];
    expect(recovery?.isCapped).toBe(true);
    expect(recovery?.npv).toBeCloseTo(computeCashFlowTable(capped).metrics.npv, CENT);
  });
});
