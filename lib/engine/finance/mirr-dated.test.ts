import { describe, expect, it } from "vitest";
import { mirr } from "./mirr";
import { toEpochDays, xirr, xnpv } from "./dated-flows";

const EXCEL_VALUES = [-10000, 2750, 4250, 3250, 2750];
const EXCEL_DATES = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];

describe("mirr", () => {
  it("matches Microsoft's MIRR example: 10 % finance, 12 % reinvest -> 12.61 %", () => {
    const flows = [-120000, 39000, 30000, 21000, 37000, 46000];
    expect(mirr(flows, 0.1, 0.12)).toBeCloseTo(0.1261, 4);
    expect(mirr(flows.slice(0, 4), 0.1, 0.12)).toBeCloseTo(-0.048, 3); // three years: -4.80 %
    expect(mirr(flows, 0.1, 0.14)).toBeCloseTo(0.1348, 4); // 14 % reinvest: 13.48 %
  });
  it("matches numpy-financial mirr([-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055)", () => {
    expect(mirr([-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055)).toBeCloseTo(0.0666, 4);
  });
  it("is NaN without a positive or a negative flow and rejects too-short input", () => {
    expect(mirr([100, 200, 300], 0.1, 0.1)).toBeNaN();
    expect(mirr([-100, -200], 0.1, 0.1)).toBeNaN();
    expect(() => mirr([-1], 0.1, 0.1)).toThrow(RangeError);
  });
});

describe("xnpv / xirr", () => {
  it("match Microsoft's examples: XNPV 2,086.65 and XIRR 0.373362535", () => {
    expect(xnpv(0.09, EXCEL_VALUES, EXCEL_DATES)).toBeCloseTo(2086.65, 2);
    const result = xirr(EXCEL_VALUES, EXCEL_DATES);
    expect(result.kind).toBe("unique");
    if (result.kind === "unique") expect(result.rate).toBeCloseTo(0.373362535, 8);
  });
  it("accepts epoch days and gives the same answer", () => {
    const days = EXCEL_DATES.map(toEpochDays);
    expect(xnpv(0.09, EXCEL_VALUES, days)).toBeCloseTo(xnpv(0.09, EXCEL_VALUES, EXCEL_DATES), 10);
    expect(toEpochDays("1970-01-02")).toBe(1);
  });
  it("rejects invalid dates, dates before the first and length mismatches", () => {
    expect(() => toEpochDays("2008-02-30")).toThrow(/calendar date/);
    expect(() => toEpochDays("01/02/2008")).toThrow(/ISO/);
    expect(() => xnpv(0.1, [1, 2], ["2008-01-01", "2007-01-01"])).toThrow(/precedes/);
    expect(() => xnpv(0.1, [1, 2], ["2008-01-01"])).toThrow(/equal length/);
  });
  it("xirr reports none when all values have one sign", () => {
    expect(xirr([1, 2], ["2008-01-01", "2009-01-01"])).toEqual({ kind: "none" });
  });
});
