import type { CashFlowRow } from "@/lib/engine/model";
import { formatEnumLabel } from "@/app/ui/format";

// The lines of the cash-flow table, top to bottom. Outflows (costs, capital, tax, a working-capital build-up) are
// shown as negative numbers so every column adds up the way it reads: NSR − royalties − costs − capital … = cash flow.

export type LineFormat = "money" | "tonnes" | "metal" | "factor";

export type CashFlowLine = {
  label: string;
  format: LineFormat;
  value: (row: CashFlowRow) => number;
  /** Summed in the Total column (not for cumulative lines, factors, working-capital balances). */
  hasTotal: boolean;
  isEmphasised?: boolean;
};

const money = (label: string, value: (row: CashFlowRow) => number, options: Partial<CashFlowLine> = {}): CashFlowLine => ({ label, format: "money", value, hasTotal: true, ...options });
const outflow = (label: string, value: (row: CashFlowRow) => number): CashFlowLine => money(label, (row) => -value(row));

/** Every line, with the opex categories that occur in the table. */
export function cashFlowLines(rows: readonly CashFlowRow[], priceUnit: string): CashFlowLine[] {
  const categories = [...new Set(rows.flatMap((row) => Object.keys(row.opexByCategory)))];
  return [
    { label: "Ore processed (t)", format: "tonnes", value: (row) => row.oreProcessedT, hasTotal: true },
    { label: `Payable metal (${priceUnit})`, format: "metal", value: (row) => row.payableMetalUnits, hasTotal: true },
    money("Gross revenue", (row) => row.grossRevenue),
    money("Premiums and credits", (row) => row.premiums),
    outflow("Treatment charges", (row) => row.treatmentCharges),
    outflow("Refining charges", (row) => row.refiningCharges),
    outflow("Penalties", (row) => row.penalties),
    money("Net smelter return", (row) => row.netSmelterReturn, { isEmphasised: true }),
    outflow("Royalties", (row) => row.royalties),
    ...categories.map((category) => outflow(`Opex: ${formatEnumLabel(category)}`, (row) => row.opexByCategory[category] ?? 0)),
    outflow("Consumption (reagents, fuel, power, …)", (row) => row.consumptionCost),
    outflow("Equipment operation", (row) => row.equipmentOperatingCost),
    outflow("Operating cost (total)", (row) => row.operatingCost),
    outflow("Capex: initial", (row) => row.capexInitial),
    outflow("Capex: sustaining", (row) => row.capexSustaining),
    outflow("Capex: equipment replacement", (row) => row.capexReplacement),
    outflow("Capex: closure", (row) => row.capexClosure),
    money("Salvage", (row) => row.salvage),
    outflow("Working-capital change", (row) => row.workingCapitalChange),
    money("Pre-tax cash flow", (row) => row.preTaxCashFlow, { isEmphasised: true }),
    money("Depreciation (non-cash)", (row) => row.depreciation),
    money("Taxable income", (row) => row.taxableIncome),
    outflow("Income tax", (row) => row.incomeTax),
    money("After-tax cash flow", (row) => row.afterTaxCashFlow, { isEmphasised: true }),
    money("Cumulative cash flow", (row) => row.cumulativeCashFlow, { hasTotal: false }),
    { label: "Discount factor", format: "factor", value: (row) => row.discountFactor, hasTotal: false },
    money("Discounted cash flow", (row) => row.discountedCashFlow),
    money("Cumulative discounted cash flow", (row) => row.cumulativeDiscountedCashFlow, { hasTotal: false }),
  ];
}
