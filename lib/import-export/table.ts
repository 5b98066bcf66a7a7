import type { ImportKind } from "./columns";
import { MAX_LISTED_PROBLEMS, type ImportProblem } from "./problems";
import type { RawCell } from "./values";

/** One sheet (or CSV file) as read: its header cells and data rows, numbered as the spreadsheet shows them. */
export type SheetTable = {
  sheet: string;
  kind: ImportKind;
  headers: string[];
  rows: { rowNumber: number; cells: RawCell[] }[];
};

/** Collects problems: every one is counted, the first MAX_LISTED_PROBLEMS are kept. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  total = 0;

  add(problem: ImportProblem): void {
    this.total += 1;
    if (this.items.length < MAX_LISTED_PROBLEMS) this.items.push(problem);
  }
}

/** A header as matched: byte-order mark and spaces dropped, lower case. */
export function normaliseHeader(header: unknown): string {
  return String(header ?? "")
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();
}
