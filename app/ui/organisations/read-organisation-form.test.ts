import { describe, expect, it } from "vitest";
import { formatPctList, parsePctList, readOrganisationForm } from "./read-organisation-form";

// The settings form's two list inputs: what people type ("0, 5, 8, 10", "0 5 8 10", "5 %") and the messages beside
// the field when it is wrong.

function formOf(fields: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return formData;
}

const SETTINGS = {
  name: "Valuation Co",
  defaultCurrency: "usd",
  defaultDiscountRatePct: "8",
  disclosureRatesPct: "0, 5, 8, 10",
  sensitivityStepsPct: "-30, -20, -10, 10, 20, 30",
};

describe("parsePctList under a decimal comma (issue #15)", () => {
  it("reads 2,5 as 2.5, never as 2 and 5, and writes the list back with semicolons", () => {
    expect(parsePctList("0; 2,5; 8 %", ",")).toEqual({ ok: true, values: [0, 2.5, 8] });
    expect(parsePctList("0 1,2,3", ",")).toEqual({ ok: false, piece: "1,2,3" });
    expect(formatPctList([0, 2.5, 8], ",")).toBe("0; 2,5; 8");
    expect(formatPctList([0, 2.5, 8])).toBe("0, 2.5, 8");
  });
});

describe("parsePctList", () => {
  it.each([
    ["0, 5, 8, 10", [0, 5, 8, 10]],
    ["0 5 8 10", [0, 5, 8, 10]],
    [" 0,5 ,  8;10 ", [0, 5, 8, 10]],
    ["5 %, 7.5%", [5, 7.5]],
    ["-30 -10 +10 .5", [-30, -10, 10, 0.5]],
    ["", []],
  ])("reads %j", (text, values) => {
    expect(parsePctList(text)).toEqual({ ok: true, values });
  });

  it.each([
    ["0, five", "five"],
    ["1e2", "1e2"],
    ["0x10", "0x10"],
    ["5-", "5-"],
  ])("names the piece that is not a number in %j", (text, piece) => {
    expect(parsePctList(text)).toEqual({ ok: false, piece });
  });
});

describe("readOrganisationForm", () => {
  it("reads the settings form's lists, sorted as they will be stored", () => {
    const read = readOrganisationForm(formOf({ ...SETTINGS, disclosureRatesPct: "10 8 5 0" }), {
      hasValuation: true,
    });
    expect(read).toEqual({
      ok: true,
      values: {
        name: "Valuation Co",
        defaultCurrency: "USD",
        defaultDiscountRatePct: 8,
        disclosureRatesPct: [0, 5, 8, 10],
        sensitivityStepsPct: [-30, -20, -10, 10, 20, 30],
      },
    });
  });

  it("leaves the lists out of the create form", () => {
    const read = readOrganisationForm(formOf(SETTINGS), { hasValuation: false });
    expect(read).toEqual({
      ok: true,
      values: { name: "Valuation Co", defaultCurrency: "USD", defaultDiscountRatePct: 8 },
    });
  });

  it("puts each list's message beside its field", () => {
    const read = readOrganisationForm(
      formOf({ ...SETTINGS, disclosureRatesPct: "0, 5, five", sensitivityStepsPct: "-10 0 10" }),
      { hasValuation: true },
    );
    expect(read).toEqual({
      ok: false,
      fieldErrors: {
        disclosureRatesPct: [
          'Disclosure rates: "five" is not a number; separate the numbers with commas or spaces, e.g. 0, 5, 8, 10',
        ],
        sensitivityStepsPct: ["Sensitivity steps: 0 % is the base case and is always shown; leave it out"],
      },
    });
  });

  it("asks for at least one value in a blank list", () => {
    const read = readOrganisationForm(formOf({ ...SETTINGS, disclosureRatesPct: "  " }), {
      hasValuation: true,
    });
    expect(read).toEqual({
      ok: false,
      fieldErrors: { disclosureRatesPct: ["Disclosure rates: enter at least one rate"] },
    });
  });
});
