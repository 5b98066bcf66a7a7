import type { CashFlowRow } from "@/lib/engine/model";
import { formatMoney, formatNumber } from "@/app/ui/format";
import { cashFlowLines, type LineFormat } from "./cash-flow-lines";
import tables from "@/app/ui/common/table.module.css";
import styles from "./results.module.css";

function formatCell(value: number, format: LineFormat, currency: string): string {
  if (format === "money") return formatMoney(value, currency);
  if (format === "factor") return formatNumber(value, 4);
  return formatNumber(value, 0);
}

/**
 * The full cash-flow table: one line per item, one column per year, a total column. The header row and the line
 * names stay in view while the table scrolls (sticky), and negative amounts carry a minus sign.
 */
export function CashFlowTable({ rows, currency, priceUnit }: { rows: readonly CashFlowRow[]; currency: string; priceUnit: string }) {
  const lines = cashFlowLines(rows, priceUnit);
  return (
    <div className={`${tables.wrap} ${styles.stickyWrap}`} tabIndex={0} role="region" aria-label="Cash-flow table (scrolls sideways)">
      <table className={`${tables.table} ${styles.stickyTable}`}>
        <caption>
          Cash flow by year in {currency} (real terms). Outflows are negative. Amounts are rounded to whole {currency}.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.stickyCol}>Line</th>
            {rows.map((row) => (
              <th key={row.period} scope="col" className={tables.numeric}>
                {row.year}
                <span className={styles.periodLabel}>P{row.period} · {row.phase === "construction" ? "build" : "prod."}</span>
              </th>
            ))}
            <th scope="col" className={tables.numeric}>Total</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.label} className={line.isEmphasised ? styles.rowEmphasis : undefined}>
              <th scope="row" className={styles.stickyCol}>{line.label}</th>
              {rows.map((row) => {
                const value = line.value(row);
                return (
                  <td key={row.period} className={Math.round(value) < 0 ? `${tables.numeric} ${tables.negative}` : tables.numeric}>
                    {formatCell(value, line.format, currency)}
                  </td>
                );
              })}
              <td className={tables.numeric}>{line.hasTotal ? formatCell(rows.reduce((sum, row) => sum + line.value(row), 0), line.format, currency) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
