import type { SensitivityDriver } from "@/lib/engine/model";
import type { ScenarioEconomics } from "@/lib/scenarios";
import type { OutCell } from "./csv-write";
import type { RowSource } from "./simulation-tables";
import { rowsTable } from "./table-file";

// A scenario's economics as flat tables for the workbook and CSV export: the disclosure table with life-of-mine
// totals and unit costs (item, value, unit), the annual cash flow (a row per period) and the sensitivities (a row
// per driver and step). Values are the engine's float64 figures (a spreadsheet rounds for display); null (no IRR,
// payback not reached) is an empty cell.

export type EconomicsPart = "summary" | "annual" | "sensitivity";

const DRIVER_LABELS: Record<SensitivityDriver, string> = {
  price: "Price",
  head_grade: "Head grade",
  recovery: "Recovery",
  operating_cost: "Operating cost",
  capital_cost: "Capital cost",
  fx_rate: "FX rate",
};

const BREAK_EVEN_LABELS = { price: "Price", operating_cost: "Operating cost", capital_cost: "Capital cost" } as const;

const VALUATION_TEXT = {
  start_of_period_0: (year: number) => `the start of ${year} (start of period 0)`,
  end_of_period_0: (year: number) => `the end of ${year} (end of period 0)`,
  start_of_production: (year: number) => `the start of ${year} (start of production)`,
} as const;

function conventionText({ summary }: ScenarioEconomics): string {
  const { valuationDate, valuationYear, timing, periodZeroTiming, terms, inflationPct } = summary.conventions;
  const termsText = terms === "real" ? "real terms" : `nominal terms, ${inflationPct} % inflation`;
  const periodZero = periodZeroTiming === "at_valuation_date" ? ", period 0's flow at the valuation date" : "";
  return `NPV valued at ${VALUATION_TEXT[valuationDate](valuationYear)}, ${timing === "mid" ? "mid-period" : "end-of-period"} discounting${periodZero}, ${termsText}; payback from the valuation date and from the start of production`;
}

/** The disclosure table: one row per figure, with the section it belongs to and its unit. */
export function summaryTable(economics: ScenarioEconomics): RowSource {
  const { summary, priceUnit, gradeUnit } = economics;
  const money = summary.currency;
  const perUnit = `${money}/${priceUnit}`;
  const { lifeOfMine: lom, unitCosts } = summary;
  const rows: OutCell[][] = [
    ["Conventions", conventionText(economics), null, null],
    ...summary.npvAtRates.flatMap(({ ratePct, preTaxNpv, afterTaxNpv }) => [
      ["Valuation", `NPV at ${ratePct} %, pre-tax`, preTaxNpv, money],
      ["Valuation", `NPV at ${ratePct} %, after tax`, afterTaxNpv, money],
    ]),
    ["Valuation", "IRR, pre-tax", summary.preTaxIrrPct, "%"],
    ["Valuation", "IRR, after tax", summary.afterTaxIrrPct, "%"],
    ["Valuation", "Payback from the valuation date, pre-tax", summary.preTaxPayback.fromValuationDateYears, "years"],
    ["Valuation", "Payback from the valuation date, after tax", summary.afterTaxPayback.fromValuationDateYears, "years"],
    ["Valuation", "Payback from the start of production, pre-tax", summary.preTaxPayback.fromProductionStartYears, "years"],
    ["Valuation", "Payback from the start of production, after tax", summary.afterTaxPayback.fromProductionStartYears, "years"],
    ["Life of mine", "Ore mined", lom.oreMinedT, "t"],
    ["Life of mine", "Waste mined", lom.wasteMinedT, "t"],
    ["Life of mine", "Strip ratio", lom.stripRatio, "t waste / t ore"],
    ["Life of mine", "Ore processed", lom.oreProcessedT, "t"],
    ["Life of mine", "Mean head grade", lom.meanHeadGrade, gradeUnit],
    ...summary.products.flatMap((p) => [
      ["Life of mine", `${p.name} recovered`, p.metalRecoveredUnits, p.priceUnit],
      ["Life of mine", `${p.name} payable`, p.payableMetalUnits, p.priceUnit],
    ]),
    // Co- and by-products only: each product's money (a single-product summary has no role).
    ...summary.products.flatMap((p): OutCell[][] =>
      p.role === undefined
        ? []
        : [
            ["Products", `${p.name} (${p.role}) gross revenue`, p.grossRevenue, money],
            ["Products", `${p.name} (${p.role}) net smelter return`, p.netSmelterReturn ?? null, money],
            ["Products", `${p.name} (${p.role}) royalties`, p.royalties ?? null, money],
          ],
    ),
    ["Life of mine", "Gross revenue", lom.grossRevenue, money],
    ["Life of mine", "Smelter deductions", lom.smelterDeductions, money],
    ["Life of mine", "Net smelter return", lom.netSmelterReturn, money],
    ["Life of mine", "Royalties", lom.royalties, money],
    ["Life of mine", "Operating cost", lom.operatingCost, money],
    ["Life of mine", "Initial capital", lom.initialCapital, money],
    ["Life of mine", "Sustaining capital", lom.sustainingCapital, money],
    ["Life of mine", "Closure cost", lom.closureCost, money],
    ["Life of mine", "Salvage", lom.salvage, money],
    ["Life of mine", "Income tax", lom.incomeTax, money],
    ["Life of mine", "Cash flow, pre-tax", lom.preTaxCashFlow, money],
    ["Life of mine", "Cash flow, after tax", lom.afterTaxCashFlow, money],
    ["Unit costs", "Operating cost per tonne milled", unitCosts.operatingCostPerTonneMilled, `${money}/t`],
    ["Unit costs", "Operating cost per payable unit", unitCosts.operatingCostPerPayableUnit, perUnit],
    ["Unit costs", "AISC per payable unit", unitCosts.aiscPerPayableUnit, perUnit],
    ...(unitCosts.byProductCredits === undefined
      ? []
      : ([
          ["Unit costs", "By-product credits (deducted in AISC)", unitCosts.byProductCredits, money],
          ["Unit costs", "Payable primary-equivalent units", unitCosts.primaryEquivalentUnits ?? null, priceUnit],
          ["Unit costs", "AISC per primary-equivalent unit (no credit)", unitCosts.aiscPerEquivalentUnit ?? null, perUnit],
        ] satisfies OutCell[][])),
  ];
  return rowsTable(["Section", "Item", "Value", "Unit"], rows);
}

/** The annual cash flow: a row per period, units in the header. */
export function annualTable({ annualCashFlow, annualProducts = [], summary, priceUnit, gradeUnit }: ScenarioEconomics): RowSource {
  const c = summary.currency;
  const header = ["Period", "Year", "Phase", "Ore mined (t)", "Waste mined (t)", "Ore processed (t)", `Head grade (${gradeUnit})`, `Payable metal (${priceUnit})`, `Gross revenue (${c})`, `Net smelter return (${c})`, `Royalties (${c})`, `Operating cost (${c})`, `Capital less salvage (${c})`, `Working-capital change (${c})`, `Income tax (${c})`, `Pre-tax cash flow (${c})`, `After-tax cash flow (${c})`, `Cumulative after-tax cash flow (${c})`, ...annualProducts.map((p) => `${p.name} gross revenue (${c})`)];
  const rows = annualCashFlow.map((r, index): OutCell[] => [r.period, r.year, r.phase, r.oreMinedT, r.wasteMinedT, r.oreProcessedT, r.headGrade, r.payableMetalUnits, r.grossRevenue, r.netSmelterReturn, r.royalties, r.operatingCost, r.netCapital, r.workingCapitalChange, r.incomeTax, r.preTaxCashFlow, r.afterTaxCashFlow, r.cumulativeCashFlow, ...annualProducts.map((p) => p.grossRevenue[index] ?? null)]);
  return rowsTable(header, rows);
}

/** NPV and IRR per driver and step, then the break-evens. */
export function sensitivityTable({ sensitivities, summary }: ScenarioEconomics): RowSource {
  const rate = sensitivities.discountRatePct;
  const rows: OutCell[][] = sensitivities.lines.flatMap((line) =>
    line.points.map((p): OutCell[] => [DRIVER_LABELS[line.driver], p.changePct, p.npv, p.irrPct, p.isCapped ? "recovery held at 100 %" : null]),
  );
  for (const b of sensitivities.breakEvens) {
    const note = b.kind === "found" ? `break-even: NPV at ${rate} % is zero` : `no break-even: ${b.reason.replaceAll("_", " ")}`;
    rows.push([BREAK_EVEN_LABELS[b.driver], b.kind === "found" ? b.changePct : null, b.kind === "found" ? 0 : null, null, note]);
  }
  return rowsTable(["Driver", "Change (%)", `NPV at ${rate} % (${summary.currency})`, "IRR (%)", "Note"], rows);
}

export const ECONOMICS_TABLES: Record<EconomicsPart, (economics: ScenarioEconomics) => RowSource> = {
  summary: summaryTable,
  annual: annualTable,
  sensitivity: sensitivityTable,
};
