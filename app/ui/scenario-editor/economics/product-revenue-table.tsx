import type { AnnualCashFlowRow, AnnualProductLines } from "@/lib/scenarios";
import { formatMillions } from "./economics-text";
import tables from "@/app/ui/common/table.module.css";
import styles from "./economics.module.css";

type ProductRevenueTableProps = {
  rows: readonly AnnualCashFlowRow[];
  /** Each product's lines, indexed like `rows` (primary first). */
  products: readonly AnnualProductLines[];
  currency: string;
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Gross revenue of each product by year (scenario currency, millions), beside the annual cash flow. */
export function ProductRevenueTable({ rows, products, currency }: ProductRevenueTableProps) {
  const label = `Gross revenue by product (${currency} millions)`;
  return (
    <div className={`${tables.wrap} ${styles.scrollWrap}`} tabIndex={0} role="region" aria-label={`${label} (scrolls sideways)`}>
      <table className={`${tables.table} ${styles.table} ${styles.stickyTable}`}>
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.stickyCol}>Year</th>
            {products.map((product) => (
              <th key={product.name} scope="col" className={`${tables.numeric} ${styles.columnHeading}`}>
                {product.name} ({product.role.replace("_", "-")})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.period}>
              <th scope="row" className={styles.stickyCol}>{row.year}</th>
              {products.map((product) => (
                <td key={product.name} className={tables.numeric}>
                  {formatMillions(product.grossRevenue[index] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={styles.totalRow}>
            <th scope="row" className={styles.stickyCol}>Life of mine</th>
            {products.map((product) => (
              <td key={product.name} className={tables.numeric}>
                {formatMillions(sum(product.grossRevenue))}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
