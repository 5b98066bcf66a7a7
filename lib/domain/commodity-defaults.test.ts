import { describe, expect, it } from "vitest";
import { COMMODITY_DEFAULTS, defaultsForCommodity, GENERIC_DEFAULTS } from "./commodity-defaults";

describe("a new scenario's defaults by commodity", () => {
  it("quotes gold per troy ounce at grams per tonne, nearly all payable, with no treatment charge", () => {
    expect(defaultsForCommodity("gold")).toEqual({
      metalPrice: 2300,
      metalPriceUnit: "oz",
      gradeUnit: "g_per_t",
      payablePct: 99.5,
      concentrateGradePct: null,
      treatmentChargePerDmt: null,
      refiningChargePerUnit: null,
    });
  });

  it("quotes copper per pound at percent metal, 96.5 % payable, with concentrate TC/RC", () => {
    expect(defaultsForCommodity("copper")).toMatchObject({ metalPriceUnit: "lb", gradeUnit: "pct", payablePct: 96.5, treatmentChargePerDmt: 80, refiningChargePerUnit: 0.08 });
  });

  it("matches names whatever their case and spacing, symbols and compound names", () => {
    expect(defaultsForCommodity("  Gold ")).toBe(COMMODITY_DEFAULTS.gold);
    expect(defaultsForCommodity("Au")).toBe(COMMODITY_DEFAULTS.gold);
    expect(defaultsForCommodity("copper-gold")).toBe(COMMODITY_DEFAULTS.copper);
    expect(defaultsForCommodity("Silver ore")).toBe(COMMODITY_DEFAULTS.silver);
  });

  it("gives an unknown commodity the generic base-metal terms, without smelter charges", () => {
    expect(defaultsForCommodity("lithium")).toBe(GENERIC_DEFAULTS);
    expect(defaultsForCommodity("")).toBe(GENERIC_DEFAULTS);
  });

  it("keeps every entry consistent: payable within 0–100 %, a treatment charge only with a concentrate grade", () => {
    for (const defaults of [...Object.values(COMMODITY_DEFAULTS), GENERIC_DEFAULTS]) {
      expect(defaults.payablePct).toBeGreaterThan(0);
      expect(defaults.payablePct).toBeLessThanOrEqual(100);
      expect(defaults.treatmentChargePerDmt === null || defaults.concentrateGradePct !== null).toBe(true);
    }
  });
});
