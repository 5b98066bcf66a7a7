/**
 * Cells copied from a spreadsheet (Excel, LibreOffice, Google Sheets): rows separated by newlines, cells by tabs.
 * A trailing newline (spreadsheets add one) does not make an empty last row; CRLF is accepted.
 * @example parseTsv("1\t2\n3\t4\n") // [["1", "2"], ["3", "4"]]
 */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.map((line) => line.split("\t").map((cell) => cell.trim()));
}

/** True when pasted text is more than one cell (so the grid spreads it instead of the input taking it). */
export function isMultiCellPaste(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ""));
}
