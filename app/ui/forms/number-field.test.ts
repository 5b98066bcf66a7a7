import { describe, expect, it } from "vitest";
import { readNumber } from "./number-field";

const formOf = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.set(name, value);
  return form;
};

describe("readNumber reads a form field in the person's number format (issue #15)", () => {
  it("reads 8,5 as 8.5 under a comma and refuses it (NaN) under a point, never 85", () => {
    expect(readNumber(formOf({ grade: "8,5" }), "grade", ",")).toBe(8.5);
    expect(readNumber(formOf({ grade: "8,5" }), "grade", ".")).toBeNaN();
    expect(readNumber(formOf({ grade: "1.234,5" }), "grade", ",")).toBe(1234.5);
  });

  it("gives undefined for a blank or missing field and NaN for 1,2,3", () => {
    expect(readNumber(formOf({ grade: "  " }), "grade", ",")).toBeUndefined();
    expect(readNumber(formOf({}), "grade", ",")).toBeUndefined();
    expect(readNumber(formOf({ grade: "1,2,3" }), "grade", ",")).toBeNaN();
  });
});
