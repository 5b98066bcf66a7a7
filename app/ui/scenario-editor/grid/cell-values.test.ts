import { describe, expect, it } from "vitest";
import { columnTotal, localiseRows, toCellText, toRequestRow } from "./cell-values";
import type { GridColumn, GridRow } from "./types";

// The bug of issue #15: a grid read "8,5" % as 85 % and "1,2,3" as 123 without a word. A cell is now read as a
// spreadsheet writes numbers, and anything else is an error at the cell that names the field.

const COLUMNS: GridColumn[] = [
  { key: "discountRatePct", label: "Discount rate (%)", kind: "number" },
  { key: "startPeriod", label: "Start period", kind: "integer" },
  { key: "note", label: "Premium", kind: "number", isNullable: true },
];

const row = (values: Record<string, string>): GridRow => ({ key: "r1", origin: "new", savedOrigin: "new", values, extra: {}, savedValues: {}, savedExtra: {} });

describe("a grid row becomes a request body", () => {
  it("reads grouped thousands and decimals, and a blank nullable cell as null", () => {
    const { body, errors } = toRequestRow(row({ discountRatePct: "1,234.5", startPeriod: "3", note: "" }), COLUMNS);
    expect(body).toMatchObject({ discountRatePct: 1234.5, startPeriod: 3, note: null });
    expect(errors.size).toBe(0);
  });

  it("refuses a decimal comma and stray commas at the cell instead of sending 85 or 123", () => {
    const { errors } = toRequestRow(row({ discountRatePct: "8,5", startPeriod: "1,2,3", note: "2,1" }), COLUMNS);
    expect(errors.get("discountRatePct")).toContain('"8,5" is not a number in your format (a decimal point): write 8.5');
    expect(errors.get("startPeriod")).toContain('"1,2,3" is not a number');
    expect(errors.get("note")).toContain("write 2.1");
  });

  it("names the field when a required cell is blank or a whole number has decimals", () => {
    const { errors } = toRequestRow(row({ discountRatePct: "", startPeriod: "2.5", note: "" }), COLUMNS);
    expect(errors.get("discountRatePct")).toBe("Discount rate (%): enter a number");
    expect(errors.get("startPeriod")).toBe("Start period: enter a whole number");
  });
});

describe("columnTotal", () => {
  it("adds the cells that are numbers and skips blank and refused ones", () => {
    const rows = [row({ discountRatePct: "1,000" }), row({ discountRatePct: "8,5" }), row({ discountRatePct: "" }), row({ discountRatePct: "2.5" })];
    expect(columnTotal(rows, "discountRatePct")).toBe(1002.5);
  });
});

describe("cells under the person's number format", () => {
  it("shows a stored number with the person's separator and no grouping", () => {
    expect([toCellText(8.5, ","), toCellText(1234567.25, ","), toCellText(8.5, "."), toCellText(8.5), toCellText(null, ",")]).toEqual(["8,5", "1234567,25", "8.5", "8.5", ""]);
    expect(toCellText("Phase 1.5", ",")).toBe("Phase 1.5");
  });

  it("reads 8,5 as 8.5 under a decimal comma, and a point's groups as thousands", () => {
    const { body, errors } = toRequestRow(row({ discountRatePct: "8,5", startPeriod: "1.000", note: "" }), COLUMNS, ",");
    expect(body).toMatchObject({ discountRatePct: 8.5, startPeriod: 1000, note: null });
    expect(errors.size).toBe(0);
  });

  it("refuses 1,2,3 under either separator, and 8.5 under a decimal comma, at the cell", () => {
    const comma = toRequestRow(row({ discountRatePct: "1,2,3", startPeriod: "1", note: "8.5" }), COLUMNS, ",");
    expect(comma.errors.get("discountRatePct")).toContain('"1,2,3" is not a number in your format (a decimal comma)');
    expect(comma.errors.get("note")).toContain("write 8,5 for a decimal");
    const point = toRequestRow(row({ discountRatePct: "1,2,3", startPeriod: "1", note: "" }), COLUMNS, ".");
    expect(point.errors.get("discountRatePct")).toContain('"1,2,3" is not a number in your format (a decimal point)');
  });

  it("round-trips every stored number through its cell text under a comma", () => {
    for (const value of [8.5, -0.25, 0.1 + 0.2, 1234567.891, 1e-7, 3]) {
      const { body } = toRequestRow(row({ discountRatePct: toCellText(value, ","), startPeriod: "1", note: "" }), COLUMNS, ",");
      expect(body.discountRatePct).toBe(value);
    }
  });

  it("puts server-built numeric cells in the comma format, leaving text columns and the point format alone", () => {
    const columns: GridColumn[] = [...COLUMNS, { key: "name", label: "Name", kind: "text" }];
    const loaded = [{ ...row({ discountRatePct: "8.5", startPeriod: "3", note: "", name: "2.5" }), savedValues: { discountRatePct: "8.5" } }];
    const [localised] = localiseRows(loaded, columns, ",");
    expect(localised?.values).toEqual({ discountRatePct: "8,5", startPeriod: "3", note: "", name: "2.5" });
    expect(localised?.savedValues).toEqual({ discountRatePct: "8,5" });
    expect(localiseRows(loaded, columns, ".")).toBe(loaded);
  });

  it("totals a column under the comma format", () => {
    expect(columnTotal([row({ discountRatePct: "1.000" }), row({ discountRatePct: "8,5" })], "discountRatePct", ",")).toBe(1008.5);
  });
});
