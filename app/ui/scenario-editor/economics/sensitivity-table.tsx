import type { SensitivityLine, SensitivityPoint } from "@/lib/engine/model";
import { formatIrrPct, formatMillions } from "./economics-text";
import { CAPPED_MARKER, CAPPED_NOTE, driverLabel, formatChangeLabel } from "./sensitivity-text";
import tables from "@/app/ui/common/table.module.css";
import styles from "./economics.module.css";

type SensitivityTableProps = {
  /** Names the table: a heading above it (it wraps on a phone, where a caption as wide as the table would not). */
  title: string;
  metric: "npv" | "irr";
  lines: readonly SensitivityLine[];
  currency: string;
};

function cellText(point: SensitivityPoint, metric: SensitivityTableProps["metric"]): string {
  return metric === "npv" ? formatMillions(point.npv) : formatIrrPct(point.irrPct);
}

function isNegative(point: SensitivityPoint, metric: SensitivityTableProps["metric"]): boolean {
  const value = metric === "npv" ? point.npv / 1e5 : (point.irrPct ?? 0) * 10;
  return Math.round(value) < 0;
}

/**
 * NPV or IRR per driver (rows) and step (columns, the base in the middle). A recovery step the engine held at 100 %
 * carries a marker explained in the footnote below the table.
 */
export function SensitivityTable({ title, metric, lines, currency }: SensitivityTableProps) {
  const changes = lines[0]?.points.map((point) => point.changePct) ?? [];
  const hasCapped = lines.some((line) => line.points.some((point) => point.isCapped));
  const noteId = `capped-note-${metric}`;
  const titleId = `sensitivity-${metric}-title`;
  return (
    <div className={styles.tableBlock}>
      <h3 id={titleId} className={styles.tableTitle}>
        {title}
      </h3>
      <div className={`${tables.wrap} ${styles.scrollWrap}`} tabIndex={0} role="region" aria-label={`${title} (scrolls sideways)`}>
        <table className={`${tables.table} ${styles.table} ${styles.stickyTable}`} aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col" className={styles.stickyCol}>Driver</th>
              {changes.map((changePct) => (
                <th key={changePct} scope="col" className={changePct === 0 ? `${tables.numeric} ${styles.baseColumn}` : tables.numeric}>
                  {formatChangeLabel(changePct)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.driver}>
                <th scope="row" className={`${styles.stickyCol} ${styles.driverHeading}`}>{driverLabel(line.driver, currency)}</th>
                {line.points.map((point) => (
                  <td key={point.changePct} className={[tables.numeric, isNegative(point, metric) ? tables.negative : "", point.changePct === 0 ? styles.baseColumn : ""].filter(Boolean).join(" ")}>
                    {cellText(point, metric)}
                    {point.isCapped ? (
                      <sup>
                        <a href={`#${noteId}`} aria-label="held at 100 % recovery" className={styles.footnoteLink}>
                          {CAPPED_MARKER}
                        </a>
                      </sup>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasCapped ? (
        <p id={noteId} className={styles.footnote}>
          {CAPPED_MARKER} {CAPPED_NOTE}
        </p>
      ) : null}
    </div>
  );
}
