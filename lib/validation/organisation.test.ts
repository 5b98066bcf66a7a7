import { describe, expect, it } from "vitest";
import { updateOrganisationSchema } from "./organisation";

// The organisation update's valuation preferences: each rule and its plain-language message, keyed as the API's
// fieldErrors are (the field, or the field and the element's index).

function errorsOf(body: unknown): Record<string, string[]> {
  const parsed = updateOrganisationSchema.safeParse(body);
  if (parsed.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("disclosure rates", () => {
  it("are sorted ascending and may have up to 4 decimals", () => {
    expect(updateOrganisationSchema.parse({ disclosureRatesPct: [10, 0, 7.1255, 100] })).toEqual({
      disclosureRatesPct: [0, 7.1255, 10, 100],
    });
  });

  it.each([
    [[], "disclosureRatesPct", "Disclosure rates: enter at least one rate"],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8], "disclosureRatesPct", "Disclosure rates: at most 8 rates"],
    [[5, 8, 5], "disclosureRatesPct", "Disclosure rates: 5 % is listed twice"],
    [[0, -1], "disclosureRatesPct.1", "Disclosure rates: -1 % is out of range; use rates from 0 to 100 %"],
    [[100.5], "disclosureRatesPct.0", "Disclosure rates: 100.5 % is out of range; use rates from 0 to 100 %"],
    [[7.12345], "disclosureRatesPct.0", "Disclosure rates: 7.12345 % has more than 4 decimals"],
    [[Number.NaN], "disclosureRatesPct.0", "Disclosure rates: each rate is a number from 0 to 100 %"],
    [
      [Number.POSITIVE_INFINITY],
      "disclosureRatesPct.0",
      "Disclosure rates: each rate is a number from 0 to 100 %",
    ],
    ["0, 5", "disclosureRatesPct", "Disclosure rates: send a list of rates in %, e.g. [0, 5, 8, 10]"],
  ])("refuse %j (%s: %s)", (rates, key, message) => {
    expect(errorsOf({ disclosureRatesPct: rates })).toEqual({ [key]: [message] });
  });
});

describe("sensitivity steps", () => {
  it("are sorted ascending", () => {
    expect(updateOrganisationSchema.parse({ sensitivityStepsPct: [200, -99.5, 15] })).toEqual({
      sensitivityStepsPct: [-99.5, 15, 200],
    });
  });

  it.each([
    [[], "sensitivityStepsPct", "Sensitivity steps: enter at least one step"],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "sensitivityStepsPct", "Sensitivity steps: at most 10 steps"],
    [[-10, 10, -10], "sensitivityStepsPct", "Sensitivity steps: -10 % is listed twice"],
    [
      [-10, 0, 10],
      "sensitivityStepsPct.1",
      "Sensitivity steps: 0 % is the base case and is always shown; leave it out",
    ],
    [
      [-100],
      "sensitivityStepsPct.0",
      "Sensitivity steps: -100 % is out of range; use steps above -100 % and at most 200 %",
    ],
    [
      [250],
      "sensitivityStepsPct.0",
      "Sensitivity steps: 250 % is out of range; use steps above -100 % and at most 200 %",
    ],
  ])("refuse %j (%s: %s)", (steps, key, message) => {
    expect(errorsOf({ sensitivityStepsPct: steps })).toEqual({ [key]: [message] });
  });
});

it("asks for at least one field, naming the valuation preferences too", () => {
  expect(errorsOf({})).toEqual({
    _root: ["Send name, defaultCurrency, defaultDiscountRatePct, disclosureRatesPct or sensitivityStepsPct"],
  });
});
