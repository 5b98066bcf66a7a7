import { describe, expect, it } from "vitest";
import { productFieldsSchema } from "@/lib/validation/rows/product";
import { PRODUCT_GRADE_UNIT_OPTIONS, PRODUCT_PRICE_UNIT_OPTIONS, PRODUCT_ROLE_OPTIONS } from "../product-options";
import { toRequestRow } from "../grid/cell-values";
import { ROW_TABLE_FIELDS, toGridRows } from "../row-fields";
import { formatHeadGradeSchedule, headGradeScheduleProblem, parseHeadGradeSchedule } from "./head-grade-schedule-cell";

// The Products table saves whole rows through PUT …/products: its columns must be every field the row schema
// has, or a save would drop one; its selects offer exactly the schema's values.

describe("the Products table", () => {
  it("shows every field of a product row, and only those", () => {
    const { columns, extra } = ROW_TABLE_FIELDS.products;
    expect([...columns, ...extra].toSorted()).toEqual(Object.keys(productFieldsSchema.shape).toSorted());
  });

  it("offers the schema's roles and units in its selects", () => {
    const { role, gradeUnit, priceUnit } = productFieldsSchema.shape;
    expect(PRODUCT_ROLE_OPTIONS.map((o) => o.value)).toEqual(role.options);
    expect(PRODUCT_GRADE_UNIT_OPTIONS.map((o) => o.value)).toEqual(gradeUnit.options);
    expect(PRODUCT_PRICE_UNIT_OPTIONS.map((o) => o.value)).toEqual(priceUnit.options);
  });

  it("turns an inherited product into a grid row that names where it comes from", () => {
    const row = { lineageId: "l-1", name: "gold", role: "by_product", gradeUnit: "g_per_t", headGrade: 0.5, recoveryPct: 70, priceUnit: "oz", price: 2000, payablePct: 90, refiningChargePerUnit: 5, premiumPerUnit: 0 };
    const [grid] = toGridRows("products", [{ origin: "inherited", sourceScenarioId: "s-1", row }], new Map([["s-1", "Base case"]]));
    expect(grid).toMatchObject({ lineageId: "l-1", origin: "inherited", sourceName: "Base case", values: { name: "gold", price: "2000", headGrade: "0.5" } });
  });

  it("reads a head grade schedule typed as text, and sends it as the list the API takes", () => {
    expect(parseHeadGradeSchedule(" 0.6; 0.55 ,0.5 ")).toEqual([0.6, 0.55, 0.5]);
    expect(parseHeadGradeSchedule("  ")).toBeNull();
    expect(parseHeadGradeSchedule("0.6; abc")).toEqual([0.6, "abc"]);
    expect(formatHeadGradeSchedule([0.6, 0.55])).toBe("0.6; 0.55");
    // Under a decimal comma (issue #15) the comma belongs to the numbers; only semicolons and spaces separate.
    expect(parseHeadGradeSchedule("0,6; 0,55 0,5", ",")).toEqual([0.6, 0.55, 0.5]);
    expect(parseHeadGradeSchedule("0,6; 1,2,3", ",")).toEqual([0.6, "1,2,3"]);
    expect(formatHeadGradeSchedule([0.6, 0.55], ",")).toBe("0,6; 0,55");
    expect(headGradeScheduleProblem("0,6; 0,55", ",")).toBeUndefined();
    expect(headGradeScheduleProblem("0,6; 1,2,3", ",")).toMatch(/^Head grade by production year: "1,2,3" is not a number in your format/);
    const row = { lineageId: "l-1", name: "gold", role: "by_product", gradeUnit: "g_per_t", headGrade: 0.5, headGradeByYear: [0.6, 0.55], recoveryPct: 70, priceUnit: "oz", price: 2000, priceDeckId: null, payablePct: 90, refiningChargePerUnit: 5, premiumPerUnit: 0 };
    const [grid] = toGridRows("products", [{ origin: "own", sourceScenarioId: "s-1", row }], new Map());
    if (!grid) throw new Error("no grid row");
    const { body } = toRequestRow(grid, ROW_TABLE_FIELDS.products.columns.map((key) => ({ key, label: key, kind: "number" as const, isNullable: true })));
    expect(body).toMatchObject({ headGradeByYear: [0.6, 0.55], priceDeckId: null });
  });
});
