import { describe, expect, it } from "vitest";
import { decimalSeparatorOf, numberToText, parseFieldNumber, parseNumberText, splitNumberList, withDecimalSeparator } from "./parse-number";

const valueOf = (text: string, decimal: "." | "," = ".") => {
  const parsed = parseNumberText(text, decimal);
  return parsed.kind === "number" ? parsed.value : parsed.kind;
};

describe("parseNumberText with a decimal point", () => {
  it("reads plain, signed, grouped and spaced numbers as a spreadsheet writes them", () => {
    expect(["8.5", "-8.5", "+3", ".5", "140000000", "140,000,000", "1,234.56", "1 234 567", "1\u202f234.5", "\u22122.5"].map((t) => valueOf(t))).toEqual([
      8.5, -8.5, 3, 0.5, 140_000_000, 140_000_000, 1234.56, 1_234_567, 1234.5, -2.5,
    ]);
  });

  it("reads a trailing decimal point as a whole number (\"8.\" is 8)", () => {
    expect(valueOf("8.")).toBe(8);
  });

  it("reads scientific notation", () => {
    expect([valueOf("1e6"), valueOf("2.5E-3"), valueOf("-4e2")]).toEqual([1e6, 0.0025, -400]);
  });

  it("refuses a decimal comma, misplaced groups and stray text instead of guessing (the 8,5 → 85 bug)", () => {
    for (const text of ["8,5", "2,1", "1,2,3", "12,3456", "1,234,5", "1.2.3", "1,234.5.6", "abc", "5 %", "1-2"]) {
      expect(parseNumberText(text, "."), text).toMatchObject({ kind: "invalid" });
    }
    expect(parseNumberText("8,5", ".")).toEqual({ kind: "invalid", message: expect.stringContaining("write 8.5 for a decimal") });
  });

  it("says empty for blank text and refuses a number too large for a double", () => {
    expect(parseNumberText("  ", ".")).toEqual({ kind: "empty" });
    expect(parseNumberText("1e400", ".")).toMatchObject({ kind: "invalid", message: expect.stringContaining("too large") });
  });
});

describe("parseNumberText with a decimal comma", () => {
  it("reads the comma as the decimal and the point or a space as groups of three", () => {
    expect(["8,5", "-0,25", "1.234,56", "1 234 567,5", "140.000.000", "1e6", "2,5e-3"].map((t) => valueOf(t, ","))).toEqual([8.5, -0.25, 1234.56, 1_234_567.5, 140_000_000, 1e6, 0.0025]);
  });

  it("refuses a decimal point it cannot read as a group", () => {
    expect(parseNumberText("8.5", ",")).toEqual({ kind: "invalid", message: expect.stringContaining("write 8,5 for a decimal") });
    expect(parseNumberText("1.23", ",")).toMatchObject({ kind: "invalid" });
  });

  it("refuses 1,2,3 with the rule and an example, never a suggestion that is no number either", () => {
    const refused = parseNumberText("1,2,3", ",");
    expect(refused).toEqual({ kind: "invalid", message: expect.stringContaining('use one "," for the decimals and "." only between groups of three digits, e.g. 1.234,5') });
    expect(parseNumberText("1,2,3", ".")).toEqual({ kind: "invalid", message: expect.stringContaining("e.g. 1,234.5") });
  });
});

describe("numbers written back", () => {
  it("shows a number ungrouped with the person's separator, so reading it back is exact", () => {
    expect([numberToText(8.5, ","), numberToText(1234567.25, ","), numberToText(8.5, "."), numberToText(1.5e-7, ",")]).toEqual(["8,5", "1234567,25", "8.5", "1,5e-7"]);
    expect(valueOf(numberToText(0.1 + 0.2, ","), ",")).toBe(0.1 + 0.2);
  });

  it("swaps point and comma of a formatted number for the comma format", () => {
    expect([withDecimalSeparator("1,234.5", ","), withDecimalSeparator("1,234.5", ".")]).toEqual(["1.234,5", "1,234.5"]);
  });
});

describe("decimalSeparatorOf", () => {
  it("takes the separator from the locale and falls back to a point", () => {
    expect([decimalSeparatorOf("en-US"), decimalSeparatorOf("de-DE"), decimalSeparatorOf("fr-FR"), decimalSeparatorOf("not a locale!"), decimalSeparatorOf(undefined)]).toEqual([".", ",", ",", ".", "."]);
  });
});

describe("parseFieldNumber and splitNumberList (issue #15: every numeric field)", () => {
  it("names the field and its unit when text is refused, and reads a decimal comma under a comma", () => {
    expect(parseFieldNumber("8,5", "Head grade (g/t)", ",")).toEqual({ kind: "number", value: 8.5 });
    const refused = parseFieldNumber("1,2,3", "Head grade (g/t)", ",");
    expect(refused).toEqual({ kind: "invalid", message: expect.stringMatching(/^Head grade \(g\/t\): "1,2,3" is not a number in your format \(a decimal comma\)/) });
    expect(parseFieldNumber("  ", "Seed", ",")).toEqual({ kind: "empty" });
  });

  it("splits a list on commas only when the comma is not the decimal separator", () => {
    expect(splitNumberList(" 0.6; 0.55 ,0.5 ", ".")).toEqual(["0.6", "0.55", "0.5"]);
    expect(splitNumberList("0,6; 0,55 0,5", ",")).toEqual(["0,6", "0,55", "0,5"]);
    expect(splitNumberList("   ", ",")).toEqual([]);
  });
});
