import { numberToText, parseNumberText, type DecimalSeparator } from "@/app/ui/format/parse-number";
import type { CellErrors, GridColumn, GridRow } from "./types";

// Conversions between cell text and API values, and the few checks that must happen before a request can even be
// built (text that is not a number). Every domain rule (negative tonnage, recovery above 100 %) is the API's.
// Cell text is in the person's number format (number-format-provider.tsx): "8,5" under a decimal comma, never
// grouped, so what a cell shows reads back as the same number.

/** A number as the API and the server-built rows write it: "8.5", "-3", "1.5e-7". */
const CANONICAL_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** The text a cell shows for a stored value, numbers with the person's decimal separator. */
export function toCellText(value: unknown, decimal: DecimalSeparator = "."): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberToText(value, decimal);
  return String(value);
}

/** A numeric cell's text from the server ("8.5") in the person's format ("8,5"); other text is left as it is. */
export function localCellText(text: string, decimal: DecimalSeparator): string {
  return decimal !== "." && CANONICAL_NUMBER.test(text) ? text.replace(".", decimal) : text;
}

function isNumericColumn(column: GridColumn): boolean {
  return !column.renderEditor && (column.kind === "number" || column.kind === "integer");
}

/**
 * Rows built on the server (toGridRows, which cannot know the browser's format) with their numeric cells in the
 * person's format. The same array back under a decimal point, so nothing re-renders for it.
 */
export function localiseRows(rows: GridRow[], columns: readonly GridColumn[], decimal: DecimalSeparator): GridRow[] {
  if (decimal === ".") return rows;
  const keys = columns.filter(isNumericColumn).map((column) => column.key);
  const localise = (values: Record<string, string>) => {
    const next = { ...values };
    for (const key of keys) if (next[key] !== undefined) next[key] = localCellText(next[key], decimal);
    return next;
  };
  return rows.map((row) => ({ ...row, values: localise(row.values), savedValues: localise(row.savedValues) }));
}

/**
 * Parses a number as typed or pasted from a spreadsheet (parse-number.ts) under the person's decimal separator:
 * groups of three are read; "1,2,3" is NaN, never 123. Undefined for a blank cell.
 */
export function parseCellNumber(text: string, decimal: DecimalSeparator = "."): number | undefined {
  const parsed = parseNumberText(text, decimal);
  if (parsed.kind === "empty") return undefined;
  return parsed.kind === "number" ? parsed.value : Number.NaN;
}

type Converted = { value: unknown; error?: string };

function convertCell(column: GridColumn, text: string, decimal: DecimalSeparator): Converted {
  if (column.kind === "text" || column.kind === "select") {
    const trimmed = text.trim();
    return { value: trimmed === "" && column.isNullable ? null : trimmed };
  }
  const parsed = parseNumberText(text, decimal);
  if (parsed.kind === "empty") return column.isNullable ? { value: null } : { value: null, error: `${column.label}: enter a number` };
  if (parsed.kind === "invalid") return { value: null, error: parsed.message };
  if (column.kind === "integer" && !Number.isInteger(parsed.value)) return { value: parsed.value, error: `${column.label}: enter a whole number` };
  return { value: parsed.value };
}

/** The request body of one row: its lineage id, the extra fields, then every column converted (numbers read under `decimal`). */
export function toRequestRow(
  row: GridRow,
  columns: readonly GridColumn[],
  decimal: DecimalSeparator = ".",
): { body: Record<string, unknown>; errors: Map<string, string> } {
  const body: Record<string, unknown> = { ...row.extra };
  const errors = new Map<string, string>();
  if (row.lineageId) body.lineageId = row.lineageId;
  for (const column of columns) {
    if (column.renderEditor) continue;
    const converted = convertCell(column, row.values[column.key] ?? "", decimal);
    body[column.key] = converted.value;
    if (converted.error) errors.set(column.key, converted.error);
  }
  return { body, errors };
}

/**
 * Reads the API's `rows.<index>.<field>` field errors onto the rows that were sent (by key, so adding or deleting
 * a row afterwards does not move an error to another row). Other keys come back as form-level messages.
 */
export function toCellErrors(
  fieldErrors: Record<string, readonly string[] | undefined>,
  sentRowKeys: readonly string[],
): { cells: CellErrors; other: string[] } {
  const cells: CellErrors = new Map();
  const other: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const message = messages?.[0];
    if (!message) continue;
    const match = /^rows\.(\d+)\.([A-Za-z]+)/.exec(key);
    if (!match?.[1] || !match[2]) {
      other.push(message);
      continue;
    }
    const rowKey = sentRowKeys[Number(match[1])];
    if (!rowKey) {
      other.push(message);
      continue;
    }
    const row = cells.get(rowKey) ?? new Map<string, string>();
    row.set(match[2], message);
    cells.set(rowKey, row);
  }
  return { cells, other };
}

/** Sum of a numeric column over the rows (blank and invalid cells count as 0). */
export function columnTotal(rows: readonly GridRow[], key: string, decimal: DecimalSeparator = "."): number {
  return rows.reduce((sum, row) => {
    const value = parseCellNumber(row.values[key] ?? "", decimal);
    return value === undefined || Number.isNaN(value) ? sum : sum + value;
  }, 0);
}
