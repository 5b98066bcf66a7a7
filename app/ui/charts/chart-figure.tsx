import type { ReactNode } from "react";
import tables from "@/app/ui/common/table.module.css";
import styles from "./charts.module.css";

export type DataTableColumn = { label: string; isNumeric?: boolean };

type ChartFigureProps = {
  title: string;
  /** One-sentence summary read by screen readers in place of the canvas. */
  summary: string;
  columns: DataTableColumn[];
  /** Already formatted cells, one array per row, in column order. */
  rows: string[][];
  children: ReactNode;
};

/**
 * A chart with its title and a table alternative: the canvas is an image with a summary, and the same numbers are
 * one click away in a real table (for screen readers, keyboard users and anyone who wants the exact figures).
 */
export function ChartFigure({ title, summary, columns, rows, children }: ChartFigureProps) {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.title}>{title}</figcaption>
      <div className={styles.canvas} role="img" aria-label={`${title}. ${summary}`}>
        {children}
      </div>
      <details className={styles.data}>
        <summary>Show the data as a table</summary>
        <div className={`${tables.wrap} ${styles.dataTable}`}>
          <table className={tables.table}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.label} scope="col" className={column.isNumeric ? tables.numeric : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((cells, rowIndex) => (
                <tr key={rowIndex}>
                  {cells.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      <th key={cellIndex} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={cellIndex} className={columns[cellIndex]?.isNumeric ? tables.numeric : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
