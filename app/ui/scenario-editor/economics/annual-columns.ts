import type { AnnualCashFlowRow } from "@/lib/scenarios";
import { formatFixed, formatNumber } from "@/app/ui/format";
import { formatMillions, millionsUnit, type MoneyScale } from "./economics-text";

// The columns of the annual cash-flow table, left to right, in the order and with the signs of the export's annual
// table (lib/import-export/economics-tables.ts): costs, capital, working-capital build-up and tax are positive
// amounts, the cash-flow columns are what is left after them.

type NumericKey = { [K in keyof AnnualCashFlowRow]: AnnualCashFlowRow[K] extends number ? K : never }[keyof AnnualCashFlowRow];

export type AnnualColumn = {
  key: NumericKey;
  /** Header with its unit: "Ore mined (t)", "Royalties (USD M)". */
  label: string;
  format: (value: number) => string;
  /** How the footer totals it: summed, a given figure (the LOM mean grade), or left blank (running totals). */
  total: "sum" | "none" | { value: string };
};

/**
 * `moneyScale`: millions unless given (a printed report picks millions or thousands per table, moneyScaleFor);
 * `isMoneyUnitInTitle`: the table's title names the money unit, so money headings leave it out (narrow on paper).
 */
export type AnnualColumnUnits = { currency: string; priceUnit: string; gradeUnit: string; meanHeadGrade: number | null; moneyScale?: MoneyScale; isMoneyUnitInTitle?: boolean };

const tonnes = (value: number) => formatNumber(value, 0);

/** Every column after the year, with units in the headers. */
export function annualColumns({ currency, priceUnit, gradeUnit, meanHeadGrade, moneyScale, isMoneyUnitInTitle }: AnnualColumnUnits): AnnualColumn[] {
  const { unit, format } = moneyScale ?? { unit: millionsUnit(currency), format: formatMillions };
  const heading = (label: string) => (isMoneyUnitInTitle ? label : `${label} (${unit})`);
  const money = (key: NumericKey, label: string, total: AnnualColumn["total"] = "sum"): AnnualColumn => ({ key, label: heading(label), format, total });
  // Three fixed decimals, so the column lines up ("0.500" under "0.667"; % or g/t).
  const grade = (value: number) => formatFixed(value, 3);
  return [
    { key: "oreMinedT", label: "Ore mined (t)", format: tonnes, total: "sum" },
    { key: "wasteMinedT", label: "Waste mined (t)", format: tonnes, total: "sum" },
    { key: "oreProcessedT", label: "Ore processed (t)", format: tonnes, total: "sum" },
    // The footer shows the tonnage-weighted mean the summary reports, not a sum of grades.
    { key: "headGrade", label: `Head grade (${gradeUnit})`, format: grade, total: meanHeadGrade === null ? "none" : { value: grade(meanHeadGrade) } },
    { key: "payableMetalUnits", label: `Payable metal (${priceUnit})`, format: tonnes, total: "sum" },
    money("grossRevenue", "Gross revenue"),
    money("netSmelterReturn", "Net smelter return"),
    money("royalties", "Royalties"),
    money("operatingCost", "Operating cost"),
    money("netCapital", "Capital less salvage"),
    money("workingCapitalChange", "Working-capital change"),
    money("incomeTax", "Income tax"),
    money("preTaxCashFlow", "Pre-tax cash flow"),
    money("afterTaxCashFlow", "After-tax cash flow"),
    money("cumulativeCashFlow", "Cumulative after-tax cash flow", "none"),
  ];
}

/** The footer cell of a column over the given rows. */
export function annualTotal(column: AnnualColumn, rows: readonly AnnualCashFlowRow[]): string {
  if (column.total === "none") return "";
  if (column.total === "sum") return column.format(rows.reduce((sum, row) => sum + row[column.key], 0));
  return column.total.value;
}
