import type { AnnualCashFlowRow } from "@/lib/scenarios";
import { annualColumns, annualTotal, type AnnualColumn, type AnnualColumnUnits } from "./annual-columns";
import tables from "@/app/ui/common/table.module.css";
import styles from "./economics.module.css";

type AnnualCashFlowTableProps = AnnualColumnUnits & {
  rows: readonly AnnualCashFlowRow[];
  /** Only these columns, in the table's order (a printed report splits the table in two to fit the page); default all. */
  columnKeys?: readonly AnnualColumn["key"][];
  /** Names the table (caption and scroll region) when it shows only some columns; default "Annual cash flow". */
  label?: string;
};

/**
 * The annual cash flow a technical report prints: a row per year, a column per line with its unit, totals in the
 * footer. Wider than a screen, so it scrolls sideways inside a keyboard-focusable region; the year column and the
 * header row stay in view (sticky).
 */
export function AnnualCashFlowTable({ rows, columnKeys, label, ...units }: AnnualCashFlowTableProps) {
  const columns = annualColumns(units).filter((column) => !columnKeys || columnKeys.includes(column.key));
  return (
    <div className={`${tables.wrap} ${styles.scrollWrap}`} tabIndex={0} role="region" aria-label={`${label ?? "Annual cash flow"} (scrolls sideways)`}>
      <table className={`${tables.table} ${styles.table} ${styles.stickyTable}`}>
        <caption className="visually-hidden">{label ?? `Annual cash flow (${units.currency} millions)`}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.stickyCol}>Year</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`${tables.numeric} ${styles.columnHeading}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row" className={styles.stickyCol}>
                {row.year}
                <span className={styles.subLabel}>
                  P{row.period} · {row.phase === "construction" ? "construction" : "production"}
                </span>
              </th>
              {columns.map((column) => {
                const value = row[column.key];
                return (
                  <td key={column.key} className={Math.round(value / 1e5) < 0 ? `${tables.numeric} ${tables.negative}` : tables.numeric}>
                    {column.format(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={styles.totalRow}>
            <th scope="row" className={styles.stickyCol}>Life of mine</th>
            {columns.map((column) => (
              <td key={column.key} className={tables.numeric}>
                {annualTotal(column, rows)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
