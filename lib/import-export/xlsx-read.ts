import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { IMPORT_KINDS, type ImportKind } from "./columns";
import { kindOfSheet } from "./kinds";
import type { ImportLimits } from "./limits";
import { refuseFile } from "./problems";
import type { SheetTable } from "./table";
import type { RawCell } from "./values";
import { countInflatedBytes, recordsInReadingOrder, type ZipDirectory } from "./zip-inspect";

// An .xlsx upload -> one table per sheet named after a kind (other sheets are ignored). Runs in the upload worker
// thread (upload-worker-entry.ts), never on a request's thread: the zip's actual sizes are counted first
// (zip-inspect.ts), then exceljs streams the rows, so a large sheet is never held as a cell model. There is one
// path only: a workbook the streaming reader cannot follow is refused, never loaded whole into memory.
// Formula cells stay formula cells: the column typing refuses them, naming the cell.

type ExcelValue = ExcelJS.CellValue;

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function toRawCell(value: ExcelValue, address: string): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : value.sharedFormula;
    return { formula: String(formula ?? ""), address };
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return null;
}

function rowCells(values: ExcelValue[], rowNumber: number, limits: ImportLimits, sheet: string): RawCell[] {
  const cells: RawCell[] = [];
  let chars = 0;
  for (let index = 1; index < values.length; index += 1) {
    const cell = toRawCell(values[index], `${columnLetters(index)}${rowNumber}`);
    if (typeof cell === "string") chars += cell.length;
    cells.push(cell);
  }
  if (chars > limits.maxRowChars) throw refuseFile(`Sheet ${sheet}, row ${rowNumber} is longer than ${limits.maxRowChars} characters`);
  return cells;
}

function isBlank(cells: readonly RawCell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""));
}

type SheetRows = { name: string; rows: AsyncIterable<ExcelJS.Row> };

/** Collects the tables of the sheets named after a kind, row by row, under the row limits. */
async function collectTables(sheets: AsyncIterable<SheetRows>, limits: ImportLimits): Promise<SheetTable[]> {
  const tables: SheetTable[] = [];
  let rowTotal = 0;
  for await (const { name: sheet, rows } of sheets) {
    const kind: ImportKind | undefined = kindOfSheet(sheet);
    let table: SheetTable | undefined;
    for await (const row of rows) {
      if (!kind) continue;
      const cells = rowCells(row.values as ExcelValue[], row.number, limits, sheet);
      if (isBlank(cells)) continue;
      if (!table) {
        table = { sheet, kind, headers: cells.map((cell) => (cell === null || cell instanceof Date ? "" : String(cell))), rows: [] };
        continue;
      }
      rowTotal += 1;
      if (rowTotal > limits.maxRows) throw refuseFile(`The workbook has more than ${limits.maxRows} rows, the most one import may hold`, { code: "TOO_MANY_ROWS" });
      table.rows.push({ rowNumber: row.number, cells });
    }
    if (kind) tables.push(table ?? { sheet, kind, headers: [], rows: [] });
  }
  return tables;
}

const NO_KIND_SHEET = `The workbook has no sheet named after a kind: ${IMPORT_KINDS.join(", ")}`;
const UNREADABLE = "The workbook is corrupt, not an .xlsx file, or laid out in a way the import cannot stream; open it in Excel and save it again";

/** Streaming read of the zip's records, in the order exceljs needs: rows are emitted as the XML is parsed. */
async function readStreaming(source: Readable, limits: ImportLimits): Promise<SheetTable[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "ignore" });
  async function* sheets(): AsyncIterable<SheetRows> {
    for await (const worksheet of reader) {
      // No name: the reader could not tie this part to the workbook's sheet list (a layout it cannot follow).
      const name = (worksheet as unknown as { name?: string }).name;
      if (name === undefined) throw refuseFile(UNREADABLE);
      yield { name, rows: worksheet as AsyncIterable<ExcelJS.Row> };
    }
  }
  return collectTables(sheets(), limits);
}

/**
 * Reads the sheets of an .xlsx upload whose zip directory passed `inspectZipDirectory`: counts the actual
 * unpacked bytes, then streams the rows. CPU- and memory-bound: the upload worker thread's job.
 * @throws AppError (4xx) for a zip bomb, a corrupt or unreadable workbook, or one without a sheet of a kind
 */
export async function readWorkbookStreaming(bytes: Uint8Array, directory: ZipDirectory, limits: ImportLimits): Promise<SheetTable[]> {
  countInflatedBytes(bytes, directory.entries, limits);
  const records = recordsInReadingOrder(bytes, directory).map((record) => Buffer.from(record.buffer, record.byteOffset, record.byteLength));
  const source = Readable.from(records);
  try {
    const tables = await readStreaming(source, limits);
    if (tables.length === 0) throw refuseFile(NO_KIND_SHEET);
    return tables;
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") throw error;
    throw refuseFile(UNREADABLE);
  } finally {
    source.destroy();
  }
}
