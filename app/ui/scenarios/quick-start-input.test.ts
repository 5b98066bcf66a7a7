import { describe, expect, it } from "vitest";
import { quickStartUnits, readQuickStartForm } from "./quick-start-input";

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

const FILLED = {
  name: " Gold look ",
  commodity: "gold",
  tonnageBasis: "per_year",
  oreProcessedT: "1,2,3",
  headGrade: "2.1",
  recoveryPct: "92",
  lifeYears: "7",
  initialCapex: "120000000",
  opexPerTonne: "28",
  metalPrice: "2300",
  discountRatePct: "5",
};

describe("the quick-start form", () => {
  it("reads a filled form into the API's body, the base-case box included", () => {
    const read = readQuickStartForm(formOf({ ...FILLED, oreProcessedT: "1000000", isBaseCase: "on" }));
    expect(read).toEqual({
      ok: true,
      values: { name: "Gold look", isBaseCase: true, commodity: "gold", tonnageBasis: "per_year", oreProcessedT: 1_000_000, headGrade: 2.1, recoveryPct: 92, lifeYears: 7, initialCapex: 120_000_000, opexPerTonne: 28, metalPrice: 2300, discountRatePct: 5 },
    });
  });

  it("says beside each field what is missing or wrong, with the API's messages", () => {
    const read = readQuickStartForm(formOf({ ...FILLED, name: "", headGrade: "", recoveryPct: "101", lifeYears: "0" }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.fieldErrors).toMatchObject({
      name: ["Enter the scenario’s name"],
      headGrade: ["Enter the head grade as a number"],
      recoveryPct: ["A recovery cannot exceed 100 %"],
      lifeYears: ["The mine must produce for at least 1 year"],
    });
    // "1,2,3" is no number in any format: refused, never misread (the field itself says why).
    expect(read.fieldErrors.oreProcessedT).toEqual(["Enter the ore tonnage as a number"]);
  });

  it("reads the figures in the person's number format: 8,5 is 8.5 under a decimal comma (issue #15)", () => {
    const comma = readQuickStartForm(formOf({ ...FILLED, oreProcessedT: "1.000.000", headGrade: "8,5", initialCapex: "120.000.000" }), ",");
    expect(comma).toMatchObject({ ok: true, values: { oreProcessedT: 1_000_000, headGrade: 8.5, initialCapex: 120_000_000 } });
    const point = readQuickStartForm(formOf({ ...FILLED, oreProcessedT: "1,000,000", headGrade: "8,5" }), ".");
    expect(point).toMatchObject({ ok: false, fieldErrors: { headGrade: ["Enter the head grade as a number"] } });
    if (!point.ok) expect(point.fieldErrors.oreProcessedT).toBeUndefined();
  });

  it("labels gold in g/t and USD per oz, copper in % and USD per lb", () => {
    expect(quickStartUnits("gold", "USD")).toMatchObject({ grade: "g/t", price: "USD per oz", defaultPrice: 2300 });
    expect(quickStartUnits("copper", "CAD")).toMatchObject({ grade: "% metal", price: "CAD per lb", opex: "CAD per tonne processed" });
  });
});
