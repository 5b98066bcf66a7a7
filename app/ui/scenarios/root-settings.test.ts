import { describe, expect, it } from "vitest";
import { readRootSettings, ROOT_SETTING_GROUPS, type SettingsContext } from "./root-settings";

const specs = ROOT_SETTING_GROUPS.flatMap((group) => group.fields);
const context = (commodity: string): SettingsContext => ({ commodity, currency: "USD", defaultDiscountRatePct: 8, thisYear: 2026, priceDecks: [] });

/** The value each field of the form starts with for a project of this commodity. */
function initialValues(commodity: string): Record<string, unknown> {
  return Object.fromEntries(specs.map((spec) => [spec.key, typeof spec.initial === "function" ? spec.initial(context(commodity)) : spec.initial]));
}

describe("the new root scenario form's defaults", () => {
  it("starts a gold project in troy ounces and grams per tonne, 99.5 % payable, with no concentrate charges", () => {
    expect(initialValues("Gold")).toMatchObject({ metalPriceUnit: "oz", gradeUnit: "g_per_t", payablePct: 99.5, concentrateGradePct: null, treatmentChargePerDmt: null, refiningChargePerUnit: null });
  });

  it("starts a copper project in pounds and percent metal, 96.5 % payable, with TC/RC", () => {
    expect(initialValues("copper")).toMatchObject({ metalPriceUnit: "lb", gradeUnit: "pct", payablePct: 96.5, treatmentChargePerDmt: 80, refiningChargePerUnit: 0.08 });
  });

  it("reads the optional concentrate terms left blank as none (null), not as a missing value", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(initialValues("gold"))) if (value !== null && typeof value !== "boolean") form.set(key, String(value));
    const { values, fieldErrors } = readRootSettings(form);
    expect(fieldErrors).toEqual({});
    expect(values).toMatchObject({ concentrateGradePct: null, treatmentChargePerDmt: null, refiningChargePerUnit: null, metalPriceUnit: "oz" });
  });
});
