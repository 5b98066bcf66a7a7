import type { EconomicSummary } from "@/lib/engine/model";
import { formatNumber } from "@/app/ui/format";
import { formatMillions, millionsUnit } from "./economics-text";
import { productUnitCostRows } from "./product-rows";

// The life-of-mine totals and unit costs as (label, value, unit) rows, already formatted. Totals are undiscounted
// sums over the project life in the scenario currency; a figure with no value (no ore, no payable metal) says why.

export type SummaryRow = { label: string; value: string; unit: string };

/** A ratio or mean that is null when its denominator is zero: the number, or the reason in words. */
function orReason(value: number | null, fractionDigits: number, reason: string): string {
  return value === null ? reason : formatNumber(value, fractionDigits);
}

/** Tonnage, grade, payable metal per product, then the money lines from gross revenue to after-tax cash flow. */
export function lifeOfMineRows(summary: EconomicSummary, gradeUnit: string): SummaryRow[] {
  const lom = summary.lifeOfMine;
  const money = (label: string, value: number): SummaryRow => ({ label, value: formatMillions(value), unit: millionsUnit(summary.currency) });
  const tonnes = (label: string, value: number): SummaryRow => ({ label, value: formatNumber(value, 0), unit: "t" });
  return [
    tonnes("Ore mined", lom.oreMinedT),
    tonnes("Waste mined", lom.wasteMinedT),
    { label: "Strip ratio (waste : ore)", value: orReason(lom.stripRatio, 2, "No ore mined"), unit: "t/t" },
    tonnes("Ore processed", lom.oreProcessedT),
    { label: "Mean head grade", value: orReason(lom.meanHeadGrade, 3, "No ore processed"), unit: gradeUnit },
    ...summary.products.flatMap((product) => [
      { label: `Recovered ${product.name}`, value: formatNumber(product.metalRecoveredUnits, 0), unit: product.priceUnit },
      { label: `Payable ${product.name}`, value: formatNumber(product.payableMetalUnits, 0), unit: product.priceUnit },
    ]),
    money("Gross revenue", lom.grossRevenue),
    money("Smelter deductions (TC/RC, penalties less premiums)", lom.smelterDeductions),
    money("Net smelter return", lom.netSmelterReturn),
    money("Royalties", lom.royalties),
    money("Operating cost", lom.operatingCost),
    money("Initial capital", lom.initialCapital),
    money("Sustaining and replacement capital", lom.sustainingCapital),
    money("Closure cost", lom.closureCost),
    money("Salvage", lom.salvage),
    money("Income tax", lom.incomeTax),
    money("Cash flow, pre-tax", lom.preTaxCashFlow),
    money("Cash flow, after tax", lom.afterTaxCashFlow),
  ];
}

/** Operating cost per tonne milled and per payable unit, and the all-in sustaining cost per payable unit. */
export function unitCostRows(summary: EconomicSummary, priceUnit: string): SummaryRow[] {
  const { unitCosts, currency } = summary;
  const perUnit = `${currency}/${priceUnit}`;
  const credit = unitCosts.byProductCredits === undefined ? "" : ", net of by-product credits";
  return [
    { label: "Operating cost per tonne milled", value: orReason(unitCosts.operatingCostPerTonneMilled, 2, "No ore processed"), unit: `${currency}/t` },
    { label: `Operating cost per payable ${priceUnit}`, value: orReason(unitCosts.operatingCostPerPayableUnit, 2, "No payable metal"), unit: perUnit },
    { label: `All-in sustaining cost (AISC) per payable ${priceUnit}${credit}`, value: orReason(unitCosts.aiscPerPayableUnit, 2, "No payable metal"), unit: perUnit },
    ...productUnitCostRows(summary, priceUnit),
  ];
}
