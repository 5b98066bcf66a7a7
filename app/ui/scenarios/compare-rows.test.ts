import { describe, expect, it } from "vitest";
import type { ComparedScenario, ScenarioComparison } from "@/lib/scenarios/compare";
import { buildCompareSections } from "./compare-rows";

// Two scenarios whose engine refused the inputs (no metrics), differing in capex and closure cost only; the
// settings are the few the rows read (a comparison from the database carries them all).
function scenario(id: string, capexTotal: number, closureCost: number): ComparedScenario {
  const settings = { discounting: "end_of_period", terms: "real", royaltyType: "none", depreciationMethod: "straight_line", closureCost, salvageValue: 0 };
  return {
    scenario: { id, name: id } as ComparedScenario["scenario"],
    settings: settings as unknown as ComparedScenario["settings"],
    keyInputs: { capexTotal, opexTotal: 2_500_000_000, oreProcessedTotalT: 1e8, payableMetalTotalUnits: null, metalPrice: 4.1, metalPriceUnit: "lb" },
    metrics: null,
  };
}

const comparison: ScenarioComparison = { projectId: "p", currency: "USD", scenarios: [scenario("a", 1_234_567_890, 40e6), scenario("b", 1_334_567_890, 40e6)], differences: [] };

/** Intl puts a no-break space after the currency code; compare as typed. */
const plain = (text: string | null) => text?.replace(/\u00a0/g, " ") ?? null;

function row(moneyScale: "units" | "millions", label: RegExp) {
  const rows = buildCompareSections(comparison, false, moneyScale).flatMap((section) => section.rows);
  const found = rows.find((candidate) => label.test(candidate.label));
  if (!found) throw new Error(`no row ${String(label)}`);
  return { ...found, cells: found.cells.map(plain), deltas: found.deltas.map(plain) };
}

describe("comparison rows' money scale", () => {
  it("shows money to the unit on the comparison page", () => {
    const capex = row("units", /^Capex items/);
    expect(capex.label).toBe("Capex items incl. contingency (USD)");
    expect(capex.cells).toEqual(["USD 1,234,567,890", "USD 1,334,567,890"]);
    expect(capex.deltas).toEqual([null, "+USD 100,000,000"]);
  });

  it("shows money in millions in the printed report, figures only under a label that names the unit", () => {
    const capex = row("millions", /^Capex items/);
    expect(capex.label).toBe("Capex items incl. contingency (USD M)");
    expect(capex.cells).toEqual(["1,234.6", "1,334.6"]);
    expect(capex.deltas).toEqual([null, "+100.0"]);
    expect(row("millions", /^Closure cost/).cells).toEqual(["40.0", "40.0"]);
    expect(row("millions", /^Closure cost/).isDifferent).toBe(false);
  });

  it("keeps the metal price per unit, with cents, whatever the scale", () => {
    expect(row("millions", /^Metal price/).cells[0]).toBe("USD 4.10 per lb");
  });
});
