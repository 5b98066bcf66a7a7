import type { ReactNode } from "react";

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
    <figure className="chart-figure">
      <figcaption className="chart-title">{title}</figcaption>
      <div className="chart-canvas" role="img" aria-label={`${title}. ${summary}`}>
        {children}
      </div>
      <details className="chart-data">
        <summary>Show the data as a table</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.label} scope="col" className={column.isNumeric ? "numeric" : undefined}>
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
                      <td key={cellIndex} className={columns[cellIndex]?.isNumeric ? "numeric" : undefined}>
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
