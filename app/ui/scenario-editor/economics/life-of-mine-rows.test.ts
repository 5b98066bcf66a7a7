import { describe, expect, it } from "vitest";
import { compileModel, computeEconomicSummary, type EconomicSummary } from "@/lib/engine/model";
import { buildGoldenInputs } from "@/lib/engine/model/test-fixtures";
import { lifeOfMineRows, unitCostRows } from "./life-of-mine-rows";

const summary = computeEconomicSummary(compileModel(buildGoldenInputs()));

describe("life-of-mine rows", () => {
  it("list tonnes, grade, payable metal and money, each with its unit", () => {
    const rows = lifeOfMineRows(summary, "%");
    const byLabel = new Map(rows.map((row) => [row.label, row]));
    expect(byLabel.get("Ore mined")).toEqual({ label: "Ore mined", value: "5,500,000", unit: "t" });
    expect(byLabel.get("Strip ratio (waste : ore)")?.unit).toBe("t/t");
    expect(byLabel.get("Mean head grade")?.unit).toBe("%");
    expect(byLabel.get("Payable copper")?.unit).toBe("lb");
    // Plant 40 M + 15 % contingency, pre-strip 10 M + 10 %, four trucks at 2 M: 46 + 11 + 8 = 65 M.
    expect(byLabel.get("Initial capital")).toEqual({ label: "Initial capital", value: "65.0", unit: "USD M" });
    expect(rows.at(-1)?.label).toBe("Cash flow, after tax");
    for (const row of rows) expect(row.value).not.toMatch(/NaN|Infinity/);
  });

  it("say why a ratio has no value", () => {
    const empty: EconomicSummary = { ...summary, lifeOfMine: { ...summary.lifeOfMine, stripRatio: null, meanHeadGrade: null }, unitCosts: { operatingCostPerTonneMilled: null, operatingCostPerPayableUnit: null, aiscPerPayableUnit: null } };
    const values = new Map(lifeOfMineRows(empty, "g/t").map((row) => [row.label, row.value]));
    expect(values.get("Strip ratio (waste : ore)")).toBe("No ore mined");
    expect(values.get("Mean head grade")).toBe("No ore processed");
    expect(unitCostRows(empty, "oz").map((row) => row.value)).toEqual(["No ore processed", "No payable metal", "No payable metal"]);
  });
});

describe("unit-cost rows", () => {
  it("carry the currency per tonne and per payable unit", () => {
    expect(unitCostRows(summary, "lb").map((row) => row.unit)).toEqual(["USD/t", "USD/lb", "USD/lb"]);
  });
});
