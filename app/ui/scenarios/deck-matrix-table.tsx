import Link from "next/link";
import type { DeckMatrixCell, DeckMatrixColumn, DeckMatrixRow } from "@/lib/scenarios";
import { cachedNumberFormat, digits } from "@/app/ui/format/intl";
import { formatMoneyMillions, formatPercent } from "@/app/ui/format";
import { BaseCaseBadge, StatusBadge } from "./scenario-badges";
import tables from "@/app/ui/common/table.module.css";
import styles from "./deck-matrix.module.css";

// The deck × scenario matrix: scenarios as rows, the flat price and each deck as columns, NPV and IRR in each cell.
// The scenario's own price source is marked in words ("in use"), not only by colour; a deck that cannot price a
// scenario shows a numbered note whose text is listed under the table.

export type DeckMatrixTableProps = { projectId: string; columns: DeckMatrixColumn[]; rows: DeckMatrixRow[] };

export function DeckMatrixTable({ projectId, columns, rows }: DeckMatrixTableProps) {
  const notes = refusalNotes(rows);
  return (
    <>
      <div className={tables.wrap}>
        <table className={`${tables.table} ${styles.matrix}`}>
          <caption>NPV at each scenario’s discount rate and IRR, on its own flat price and on each price deck; everything else as the scenario has it.</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              {columns.map((column) => (
                <th scope="col" key={column.id} className={tables.numeric}>
                  {column.kind === "deck" ? <Link href={`/price-decks/${column.id}`}>{column.name}</Link> : column.name}
                  <span className={styles.columnDetail}>{describeColumn(column)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.scenario.id}>
                <th scope="row">
                  <Link href={`/projects/${projectId}/scenarios/${row.scenario.id}`}>{row.scenario.name}</Link>
                  <span className={styles.badges}>
                    <StatusBadge status={row.scenario.status} />
                    {row.scenario.isBaseCase ? <BaseCaseBadge /> : null}
                  </span>
                  <span className={styles.columnDetail}>at {formatPercent(row.discountRatePct)}</span>
                </th>
                {row.cells.map((cell, index) => (
                  <MatrixCell key={columns[index]?.id ?? index} cell={cell} currency={row.currency} isOwn={columns[index]?.id === row.ownColumnId} noteNumber={noteNumberOf(notes, cell)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.length > 0 ? (
        <ol className={styles.notes} aria-label="Why some cells have no figure">
          {notes.map((note, index) => (
            <li key={note} id={`deck-matrix-note-${index + 1}`}>
              {note}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

function MatrixCell({ cell, currency, isOwn, noteNumber }: { cell: DeckMatrixCell; currency: string; isOwn: boolean; noteNumber: number }) {
  const className = `${tables.numeric} ${isOwn ? styles.own : ""} ${cell.kind === "valued" && cell.npv < 0 ? tables.negative : ""}`;
  if (cell.kind === "refused") {
    return (
      <td className={className}>
        <span className={styles.refused}>Not priced</span>{" "}
        <a href={`#deck-matrix-note-${noteNumber}`} aria-label={`note ${noteNumber}`}>
          <sup>{noteNumber}</sup>
        </a>
      </td>
    );
  }
  return (
    <td className={className}>
      <span className={styles.npv}>{formatMoneyMillions(cell.npv, currency)}</span>
      <span className={styles.irr}>IRR {cell.irrPct === null ? (cell.irrNote === "multiple" ? "several" : "none") : formatPercent(cell.irrPct)}</span>
      {isOwn ? <span className={styles.ownTag}>in use</span> : null}
    </td>
  );
}

function describeColumn(column: DeckMatrixColumn): string {
  if (column.kind === "flat") return "each scenario’s metal price";
  return `${column.commodity}, ${column.currency}/${column.priceUnit}; long term ${formatPrice(column.longTermPrice)}`;
}

/** A deck price as decks are written: two decimals at least ("4.00"), up to four. */
const formatPrice = (value: number): string => cachedNumberFormat(digits(2, 4)).format(value);

/** The distinct refusal messages, in the order they first appear (row by row). */
function refusalNotes(rows: readonly DeckMatrixRow[]): string[] {
  const notes: string[] = [];
  for (const row of rows) for (const cell of row.cells) if (cell.kind === "refused" && !notes.includes(cell.message)) notes.push(cell.message);
  return notes;
}

const noteNumberOf = (notes: readonly string[], cell: DeckMatrixCell): number => (cell.kind === "refused" ? notes.indexOf(cell.message) + 1 : 0);
