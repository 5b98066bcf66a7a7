import type { ReactNode } from "react";
import type { EconomicSummary } from "@/lib/engine/model";
import { describeTerms, formatIrrPct, formatMillions, formatPaybackYears, formatRateLabel, millionsUnit, npvRowHeading, valuationDateShort, valuedAt } from "./economics-text";
import badges from "@/app/ui/common/badge.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./economics.module.css";

type DisclosureTableProps = {
  summary: EconomicSummary;
  /** First production year (payback from the start of production counts from its start); null when none. */
  productionStartYear: number | null;
};

/** A cell's text; money cells below zero also carry the table's negative style. */
type Cell = { text: string; isNegative?: boolean };
type Row = { key: string; heading: ReactNode; preTax: Cell; afterTax: Cell };

const moneyCell = (value: number): Cell => ({ text: formatMillions(value), isNegative: Math.round(value / 1e5) < 0 });
const cellClass = (cell: Cell) => (cell.isNegative ? `${tables.numeric} ${tables.negative}` : tables.numeric);

function npvRows(summary: EconomicSummary): Row[] {
  const { currency, conventions, discountRatePct } = summary;
  return summary.npvAtRates.map(({ ratePct, preTaxNpv, afterTaxNpv }) => ({
    key: `npv-${ratePct}`,
    heading: (
      <>
        {npvRowHeading(ratePct, currency, conventions)}
        {ratePct === discountRatePct ? <span className={`${badges.badge} ${badges.brand} ${styles.marker}`}>Scenario rate</span> : null}
      </>
    ),
    preTax: moneyCell(preTaxNpv),
    afterTax: moneyCell(afterTaxNpv),
  }));
}

function otherRows(summary: EconomicSummary, productionStartYear: number | null): Row[] {
  const { conventions, preTaxPayback: pre, afterTaxPayback: post } = summary;
  const productionStart = productionStartYear === null ? "no production" : `start of ${productionStartYear}`;
  return [
    { key: "irr", heading: `IRR (project, ${describeTerms(conventions)})`, preTax: { text: formatIrrPct(summary.preTaxIrrPct) }, afterTax: { text: formatIrrPct(summary.afterTaxIrrPct) } },
    { key: "payback-valuation", heading: `Payback from the valuation date (${valuationDateShort(conventions)})`, preTax: { text: formatPaybackYears(pre.fromValuationDateYears) }, afterTax: { text: formatPaybackYears(post.fromValuationDateYears) } },
    { key: "payback-production", heading: `Payback from the start of production (${productionStart})`, preTax: { text: formatPaybackYears(pre.fromProductionStartYears) }, afterTax: { text: formatPaybackYears(post.fromProductionStartYears) } },
  ];
}

/**
 * The economic summary a technical report prints: NPV at each disclosure rate, IRR and payback, pre- and after tax.
 * Each row header names the figure's convention (unit, valuation date, terms, payback origin).
 */
export function DisclosureTable({ summary, productionStartYear }: DisclosureTableProps) {
  const rows = [...npvRows(summary), ...otherRows(summary, productionStartYear)];
  const isScenarioRateListed = summary.npvAtRates.some((row) => row.ratePct === summary.discountRatePct);
  return (
    <div className={tables.wrap}>
      <table className={`${tables.table} ${styles.table}`}>
        <caption>
          NPV in {millionsUnit(summary.currency)}, {valuedAt(summary.conventions)}; IRR in % a year; payback in years.
          {isScenarioRateListed ? ` The scenario's own rate (${formatRateLabel(summary.discountRatePct)}) is marked.` : ` The scenario's own rate (${formatRateLabel(summary.discountRatePct)}) is not among the disclosure rates.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className={tables.numeric}>Pre-tax</th>
            <th scope="col" className={tables.numeric}>After tax</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={styles.wrapHeading}>{row.heading}</th>
              <td className={cellClass(row.preTax)}>{row.preTax.text}</td>
              <td className={cellClass(row.afterTax)}>{row.afterTax.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
