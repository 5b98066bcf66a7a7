import { describe, expect, it } from "vitest";
import type { AnnualCashFlowRow } from "@/lib/scenarios";
import { annualColumns, annualTotal } from "./annual-columns";

const row = (overrides: Partial<AnnualCashFlowRow>): AnnualCashFlowRow => ({
  period: 0, year: 2026, phase: "production", oreMinedT: 0, wasteMinedT: 0, oreProcessedT: 0, headGrade: 0, payableMetalUnits: 0, grossRevenue: 0, netSmelterReturn: 0, royalties: 0,
  operatingCost: 0, netCapital: 0, workingCapitalChange: 0, incomeTax: 0, preTaxCashFlow: 0, afterTaxCashFlow: 0, cumulativeCashFlow: 0, ...overrides,
});

const columns = annualColumns({ currency: "USD", priceUnit: "lb", gradeUnit: "%", meanHeadGrade: 0.7123 });
const column = (key: string) => columns.find((c) => c.key === key);

describe("annual cash-flow columns", () => {
  it("carry their units in the headers", () => {
    expect(columns.map((c) => c.label)).toContain("Ore processed (t)");
    expect(column("headGrade")?.label).toBe("Head grade (%)");
    expect(column("payableMetalUnits")?.label).toBe("Payable metal (lb)");
    expect(column("afterTaxCashFlow")?.label).toBe("After-tax cash flow (USD M)");
  });

  it("total flows, show the mean grade and leave running totals blank", () => {
    const rows = [row({ afterTaxCashFlow: -10_000_000, cumulativeCashFlow: -10_000_000, headGrade: 0.8 }), row({ afterTaxCashFlow: 25_500_000, cumulativeCashFlow: 15_500_000, headGrade: 0.6 })];
    const total = (key: string) => {
      const c = column(key);
      return c ? annualTotal(c, rows) : "missing";
    };
    expect(total("afterTaxCashFlow")).toBe("15.5");
    expect(total("cumulativeCashFlow")).toBe("");
    expect(total("headGrade")).toBe("0.712");
  });

  it("give every grade three decimals, so the column lines up", () => {
    const format = column("headGrade")?.format;
    expect([0.5, 0.667, 0].map((grade) => format?.(grade))).toEqual(["0.500", "0.667", "0.000"]);
  });
});
