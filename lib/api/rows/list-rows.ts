import type { ApiRow } from "@/db/queries/rows/row-state";
import type { RowKind, RowListQuery } from "./row-kind";

export type RowPage = { data: ApiRow[]; page: number; pageSize: number; total: number };

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * Filters, sorts and pages effective rows. Resolution needs the whole chain's rows in memory anyway (a scenario
 * has hundreds of rows, not millions), so this runs after it; ties keep the resolver's order (stable sort).
 */
export function pageRows(rows: readonly ApiRow[], kind: RowKind, query: RowListQuery): RowPage {
  const sign = query.order === "desc" ? -1 : 1;
  const sorted = rows
    .filter((row) => (!query.origin || row.origin === query.origin) && kind.matches(row, query))
    .sort(
      (a, b) =>
        sign *
        compareValues((a as Record<string, unknown>)[query.sort], (b as Record<string, unknown>)[query.sort]),
    );
  const start = (query.page - 1) * query.pageSize;
  return {
    data: sorted.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: sorted.length,
  };
}
