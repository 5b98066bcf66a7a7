import { describe, expect, it } from "vitest";
import { bindOverrides } from "./bind-overrides";
import { compileModel } from "./compile";
import { evaluateModel } from "./evaluate";
import { createScratch } from "./scratch";
import type { ModelOverride, ModelTarget } from "./targets";
import { buildGoldenInputs, withChanges } from "./test-fixtures";

// Every target the evaluator resolves before its period loops (drivers) or per line (cost and capital lines).
const TARGETS: { target: ModelTarget; ref?: string; value: number }[] = [
  { target: "price", value: 1.13 },
  { target: "head_grade", value: 0.97 },
  { target: "recovery", value: 1.01 },
  { target: "ore_processed", value: 0.95 },
  { target: "payable", value: 0.99 },
  { target: "fx_rate", value: 1.07 },
  { target: "treatment_charge", value: 1.2 },
  { target: "refining_charge", value: 0.9 },
  { target: "nsr_royalty_rate", value: 1.5 },
  { target: "opex_total", value: 1.05 },
  { target: "opex_item", ref: "milling", value: 1.1 },
  { target: "consumption_price", ref: "reagent", value: 0.8 },
  { target: "capex_total", value: 1.15 },
  { target: "capex_category", ref: "equipment", value: 0.93 },
  { target: "tax_rate", value: 1.1 },
];

function evaluate(inputs: ReturnType<typeof buildGoldenInputs>, scope: ModelOverride["scope"]) {
  const model = compileModel(inputs);
  const overrides = TARGETS.map(({ target, ref }): ModelOverride => ({ target, mode: "factor", scope, ...(ref === undefined ? {} : { ref }) }));
  const binding = bindOverrides(model, overrides);
  const values = new Float64Array(binding.valueCount);
  TARGETS.forEach(({ value }, k) => values.fill(value, binding.offsets[k] ?? 0, (binding.offsets[k] ?? 0) + (scope === "per_period" ? model.periodCount : 1)));
  const scratch = createScratch(model);
  const metrics = { ...evaluateModel(model, binding, values, scratch) };
  return { metrics, scratch: JSON.stringify(scratch, (_key, v: unknown) => (v instanceof Float64Array ? Array.from(v) : v)) };
}

describe("evaluateModel: the per_iteration fast paths and the per-period paths agree bit for bit", () => {
  it.each([
    ["the golden mine", buildGoldenInputs()],
    ["nominal terms, mid-period discounting, units of production, royalty floor", withChanges((x) => {
      x.economics = { terms: "nominal", inflationPct: 2.5, discountRatePct: 7, discounting: "mid" };
      x.tax.depreciation = { method: "units_of_production" };
      x.royalties = { nsrPct: 1.5, grossRevenuePct: 1, perUnitProduced: 0.01, minimumPerPeriod: 200_000 };
    })],
  ])("%s: every line and metric is identical when each period gets the same value", (_name, inputs) => {
    const uniform = evaluate(inputs, "per_iteration");
    const perPeriod = evaluate(inputs, "per_period");
    expect(perPeriod.scratch).toBe(uniform.scratch);
    expect(perPeriod.metrics).toEqual(uniform.metrics);
    expect(Number.isFinite(uniform.metrics.npv)).toBe(true);
  });

  it("an override changes the result (the fast path does not ignore it)", () => {
    const model = compileModel(buildGoldenInputs());
    const binding = bindOverrides(model, [{ target: "opex_item", ref: "milling", mode: "factor", scope: "per_iteration" }]);
    const at = (factor: number) => evaluateModel(model, binding, Float64Array.of(factor), createScratch(model)).npv;
    expect(at(1.2)).toBeLessThan(at(1));
    // A factor of 1 gives the base NPV up to rounding (untouched lines are pre-summed in another order).
    const base = evaluateModel(model, bindOverrides(model, []), new Float64Array(0), createScratch(model)).npv;
    expect(Math.abs(at(1) - base)).toBeLessThanOrEqual(1e-9 * Math.abs(base));
  });
});
