import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ImportKind } from "./columns";
import { kindOfSheet } from "./kinds";
import type { ImportLimits } from "./limits";
import { refuseFile } from "./problems";
import type { SheetTable } from "./table";
import type { RawCell } from "./values";
import { inspectWorkbookZip } from "./zip-inspect";

// An .xlsx upload -> one table per sheet named after a kind (other sheets are ignored). The zip is inspected
// first (zip-inspect.ts); exceljs then streams the rows, so a large sheet is never held as a cell model.
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

type SheetRows = { name: string; rows: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row> };

/** Collects the tables of the sheets named after a kind, row by row, under the row limits. */
async function collectTables(sheets: AsyncIterable<SheetRows> | Iterable<SheetRows>, limits: ImportLimits): Promise<SheetTable[]> {
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

/** Streaming read: rows are emitted as the XML is parsed, never held as a cell model. */
async function readStreaming(source: Readable, limits: ImportLimits): Promise<SheetTable[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "ignore" });
  async function* sheets(): AsyncIterable<SheetRows> {
    for await (const worksheet of reader) {
      yield { name: (worksheet as unknown as { name?: string }).name ?? "", rows: worksheet as AsyncIterable<ExcelJS.Row> };
    }
  }
  return collectTables(sheets(), limits);
}

/**
 * Whole-workbook read, for zips whose parts come in an order the streaming reader cannot follow (worksheets
 * before workbook.xml). Bounded by the zip checks already passed.
 */
async function readWhole(bytes: Uint8Array, limits: ImportLimits): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: ExcelJS.Row[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => rows.push(row));
    return { name: worksheet.name, rows };
  });
  return collectTables(sheets, limits);
}

async function readSheets(bytes: Uint8Array, limits: ImportLimits, source: Readable): Promise<SheetTable[]> {
  try {
    return await readStreaming(source, limits);
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") throw error;
    return readWhole(bytes, limits);
  }
}

/** Reads the sheets of an .xlsx upload, after the zip-bomb checks, within the parse time limit. */
export async function readWorkbook(bytes: Uint8Array, limits: ImportLimits): Promise<SheetTable[]> {
  inspectWorkbookZip(bytes, limits);
  const source = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(refuseFile("The workbook took too long to read; it may be malformed")), limits.parseTimeoutMs);
  });
  try {
    const tables = await Promise.race([readSheets(bytes, limits, source), timeout]);
    if (tables.length === 0) {
      throw refuseFile("The workbook has no sheet named after a kind: parameters, production, capex, opex, consumption, equipment, maintenance");
    }
    return tables;
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") throw error;
    throw refuseFile("The workbook is corrupt or not an .xlsx file; open it in Excel and save it again");
  } finally {
    clearTimeout(timer);
    source.destroy();
  }
}
