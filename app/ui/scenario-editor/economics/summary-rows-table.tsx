import type { SummaryRow } from "./life-of-mine-rows";
import tables from "@/app/ui/common/table.module.css";
import styles from "./economics.module.css";

type SummaryRowsTableProps = {
  /** The table's accessible name and visible caption. */
  caption: string;
  rows: readonly SummaryRow[];
};

/** Figures as (item, value, unit) rows: the life-of-mine totals and the unit costs. */
export function SummaryRowsTable({ caption, rows }: SummaryRowsTableProps) {
  return (
    <div className={tables.wrap}>
      <table className={`${tables.table} ${styles.table}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className={tables.numeric}>Value</th>
            <th scope="col">Unit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className={styles.wrapHeading}>{row.label}</th>
              <td className={tables.numeric}>{row.value}</td>
              <td className={styles.unit}>{row.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
