import { describe, expect, it } from "vitest";
import { buildCopperGoldInputs, buildGoldProduct } from "./product-fixtures";
import type { ProductInput } from "./schema-products";
import { validateScenarioModelInputs } from "./validate";

function errorsWith(change: (gold: ProductInput) => void): { path: string; rule: string; message: string }[] {
  const inputs = buildCopperGoldInputs();
  const gold = buildGoldProduct();
  change(gold);
  inputs.products = [gold];
  const result = validateScenarioModelInputs(inputs);
  return result.ok ? [] : result.errors;
}

describe("product validation", () => {
  it("accepts the copper–gold scenario", () => {
    expect(validateScenarioModelInputs(buildCopperGoldInputs()).ok).toBe(true);
  });

  const cases: [string, (gold: ProductInput) => void, string, string, RegExp][] = [
    ["negative grade", (g) => void (g.headGrade[1] = -0.1), "products.0.headGrade.1", "min", />=0/],
    ["recovery above 100 %", (g) => void (g.recoveryPct[0] = 101), "products.0.recoveryPct.0", "max", /<=100/],
    ["a name the primary already has", (g) => void (g.name = " Copper"), "products.0.name", "unique_product_name", /used twice/],
    ["a price in another currency", (g) => void (g.priceCurrency = "EUR"), "products.0.priceCurrency", "same_price_currency", /differs from the primary's USD/],
    ["a second primary", (g) => void (g.role = "primary"), "products.0.role", "single_primary", /co_product or by_product/],
    ["a price schedule of the wrong length", (g) => void (g.price = [2000]), "products.0.price", "length_matches_production_periods", /expected 2/],
    ["a grade in % above 100", (g) => void Object.assign(g, { gradeUnit: "pct", headGrade: [0.5, 120] }), "products.0.headGrade.1", "max", /cannot exceed 100/],
  ];
  it.each(cases)("refuses %s", (_, change, path, rule, message) => {
    const errors = errorsWith(change);
    expect(errors.map((e) => ({ path: e.path, rule: e.rule }))).toContainEqual({ path, rule });
    expect(errors.find((e) => e.path === path)?.message).toMatch(message);
  });

  it("refuses two products with the same name", () => {
    const inputs = buildCopperGoldInputs();
    inputs.products = [buildGoldProduct(), { ...buildGoldProduct(), name: "GOLD" }];
    const result = validateScenarioModelInputs(inputs);
    expect(result.ok ? [] : result.errors.map((e) => e.path + " " + e.rule)).toEqual(["products.1.name unique_product_name"]);
  });
});
