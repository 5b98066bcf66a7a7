// CSV out: RFC 4180 quoting, dot decimals, UTF-8. Text that a spreadsheet would run as a formula (= + - @ first)
// gets a leading apostrophe, which the import drops again (values.ts), so exports stay safe to open and round-trip.

export type OutCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell as CSV text. */
export function toCsvCell(value: OutCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its line end. */
export function toCsvLine(cells: readonly OutCell[]): string {
  return `${cells.map(toCsvCell).join(",")}\r\n`;
}

/** A whole small table (templates, scenario exports); large exports stream line by line instead. */
export function toCsv(rows: readonly (readonly OutCell[])[]): string {
  return rows.map(toCsvLine).join("");
}
