import type { OutCell } from "./csv-write";
import { CSV_TYPE, XLSX_TYPE } from "./download";
import { exportFileName } from "./export";
import type { RunExportFile } from "./simulation-export";
import type { RowSource } from "./simulation-tables";
import { csvStream, xlsxStream } from "./stream-tables";

// The one way a page's tables leave as a file (comparisons, dashboards): a workbook with a sheet per table, or the
// table `part` names as CSV. Numbers stay numbers (a spreadsheet formats them); null is an empty cell.

export type ExportFormat = "csv" | "xlsx";
/** One table of an export: the `part` a CSV asks for and the sheet it becomes in the workbook. */
export type ExportTable<Part extends string> = { part: Part; sheet: string; table: RowSource };

/** A table held whole (small: a page's worth of rows). */
export function rowsTable(header: string[], rows: OutCell[][]): RowSource {
  return { header, rowCount: rows.length, rowAt: (index) => rows[index] ?? [] };
}

/**
 * The file: `<name>-<stem>-<date>.xlsx` with every table, or `<name>-<stem>[-<part>]-<date>.csv` with one (the
 * first when `part` is not given). `name` is what the file is about (a project, an organisation), made file-safe.
 */
export function tablesFile<Part extends string>(
  { name, stem }: { name: string; stem: string },
  format: ExportFormat,
  tables: readonly ExportTable<Part>[],
  part?: Part,
): RunExportFile {
  if (format === "xlsx") {
    const sheets = tables.map((t) => ({ name: t.sheet, table: t.table }));
    return { fileName: `${exportFileName(name, stem)}.xlsx`, contentType: XLSX_TYPE, body: xlsxStream(sheets) };
  }
  const chosen = tables.find((t) => t.part === part) ?? tables[0];
  const suffix = part === undefined || tables.length === 1 ? stem : `${stem}-${part}`;
  const table = chosen?.table ?? rowsTable([], []);
  return { fileName: `${exportFileName(name, suffix)}.csv`, contentType: CSV_TYPE, body: csvStream(table) };
}

/** An enum value as words: "end_of_period_0" → "End of period 0". */
export function enumText(value: string | null | undefined): string | null {
  if (!value) return null;
  const words = value.replaceAll("_", " ").replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A finite number, else null (NaN, ±Infinity and absent values are empty cells). */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
