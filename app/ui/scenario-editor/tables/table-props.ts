import type { GridRow } from "../grid/types";

/** What the server page gives every input table. */
export type InputTableProps = {
  scenarioId: string;
  version: number;
  rows: GridRow[];
  currency: string;
  isReadOnly: boolean;
  isChild: boolean;
};

/** The next period after the rows' last one (spreadsheet-like "continue the series"). */
export function nextPeriod(rows: readonly GridRow[], key: string): string {
  const periods = rows.map((row) => Number(row.values[key])).filter((value) => Number.isInteger(value));
  return String(periods.length > 0 ? Math.max(...periods) + 1 : 0);
}
