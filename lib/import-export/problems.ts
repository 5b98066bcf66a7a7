import { AppError } from "@/lib/errors";

// What the import reports: problems tied to a cell (sheet, row, column), and refusals of a whole file.

export type ImportProblem = {
  /** Sheet name, or the kind for a CSV file. */
  sheet: string;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. 0 for the sheet as a whole. */
  row: number;
  /** Column header ("" for the row as a whole). */
  column: string;
  /** The cell as given (shortened), or null when empty. */
  value: string | null;
  /** Stable code of the rule: required, number, integer, date, enum, uuid, formula, duplicate, rule, unknown_equipment, unknown_parameter, … */
  code: string;
  /** The rule broken, in words. */
  rule: string;
};

/** Most problems listed in one answer; the total is always counted. */
export const MAX_LISTED_PROBLEMS = 1000;

/** The file as a whole is refused (not CSV, corrupt workbook, too big, zip bomb, too many rows): a 4xx. */
export function refuseFile(message: string, options: { status?: number; code?: string } = {}): AppError {
  const status = options.status ?? 422;
  const code = options.code ?? (status === 413 ? "PAYLOAD_TOO_LARGE" : "UNPROCESSABLE");
  return new AppError(code, message, { status });
}

/** A value shown in a problem: at most 60 characters. */
export function showValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  const text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
