import { describe, expect, it } from "vitest";
import { compileModel, computeEconomicSummary } from "@/lib/engine/model";
import { buildGoldenInputs } from "@/lib/engine/model/test-fixtures";
import { unitCostRows } from "./life-of-mine-rows";
import { productRevenueRows, productUnitCostRows } from "./product-rows";

const single = computeEconomicSummary(compileModel(buildGoldenInputs()));
const golden = buildGoldenInputs();
const withGold = computeEconomicSummary(
  compileModel({
    ...golden,
    products: [
      {
        name: "gold",
        role: "by_product",
        gradeUnit: "g_per_t",
        priceUnit: "oz",
        priceCurrency: golden.commodity.priceCurrency,
        price: 2000,
        headGrade: golden.production.headGrade.map(() => 0.3),
        recoveryPct: golden.production.headGrade.map(() => 70),
        smelter: { payablePct: 90, refiningChargePerUnit: 5, premiumPerUnit: 0 },
      },
    ],
  }),
);

describe("product rows of the economics", () => {
  it("add nothing for a single-product scenario", () => {
    expect(productRevenueRows(single)).toEqual([]);
    expect(productUnitCostRows(single, "lb")).toEqual([]);
    expect(unitCostRows(single, "lb").map((row) => row.label)).toEqual([
      "Operating cost per tonne milled",
      "Operating cost per payable lb",
      "All-in sustaining cost (AISC) per payable lb",
    ]);
  });

  it("list each product's revenue, NSR and royalties, and the by-product credits in the unit costs", () => {
    const labels = productRevenueRows(withGold).map((row) => row.label);
    expect(labels).toContain("copper (primary): gross revenue");
    expect(labels).toContain("gold (by-product): net smelter return");
    const unitLabels = unitCostRows(withGold, "lb").map((row) => row.label);
    expect(unitLabels).toContain("All-in sustaining cost (AISC) per payable lb, net of by-product credits");
    expect(unitLabels).toContain("By-product credits (by-products' NSR, deducted in AISC)");
    for (const row of [...productRevenueRows(withGold), ...productUnitCostRows(withGold, "lb")]) expect(row.value).not.toMatch(/NaN|Infinity/);
  });
});
